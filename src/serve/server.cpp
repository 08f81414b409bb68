// kvreg serve's server: options checked, the register opened (created when missing, unless
// --read-only), the access token and CSRF token made, security headers on every answer, the
// static assets compiled into the binary, and the routes of each page group.
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "html.h"
#include "import_jobs.h"
#include "participation_cache.h"
#include "serve.h"
#include "serve_assets.h"

namespace kvreg::serve {
namespace {

std::string RandomToken() {
  unsigned char bytes[24];
  if (RAND_bytes(bytes, sizeof bytes) != 1) return "";
  std::string hex;
  for (unsigned char b : bytes) {
    char two[3];
    std::snprintf(two, sizeof two, "%02x", b);
    hex += two;
  }
  return hex;
}

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "::1" || host == "localhost";
}

bool SameToken(const std::string& given, const std::string& token) {
  return given.size() == token.size() &&
         CRYPTO_memcmp(given.data(), token.data(), token.size()) == 0;
}

// The token a request carries: "Authorization: Bearer T" or the cookie set at /logga-in.
std::string RequestToken(const httplib::Request& req) {
  const std::string auth = req.get_header_value("Authorization");
  if (auth.rfind("Bearer ", 0) == 0) return auth.substr(7);
  const std::string cookies = req.get_header_value("Cookie");
  const std::string key = "kvreg_token=";
  if (auto at = cookies.find(key); at != std::string::npos) {
    const auto end = cookies.find(';', at);
    return cookies.substr(at + key.size(), end == std::string::npos ? end : end - at - key.size());
  }
  return "";
}

void AddLoginRoutes(httplib::Server& server, ServeContext& context) {
  auto form = [&context](const httplib::Request& req, httplib::Response& res, int status) {
    SendHtml(res,
             Page(context, req, "", "Logga in",
                  "<form method=\"post\" action=\"/logga-in\"><label>Åtkomstnyckel "
                  "<input type=\"password\" name=\"nyckel\" required autofocus></label> "
                  "<button>Logga in</button></form>"),
             status);
  };
  server.Get("/logga-in",
             [form](const httplib::Request& req, httplib::Response& res) { form(req, res, 200); });
  server.Post("/logga-in", [&context, form](const httplib::Request& req, httplib::Response& res) {
    if (!SameToken(Field(req, "nyckel"), context.access_token)) return form(req, res, 403);
    res.set_header("Set-Cookie",
                   "kvreg_token=" + context.access_token + "; HttpOnly; SameSite=Strict; Path=/");
    res.set_redirect("/oversikt", 303);
  });
}

void AddFrameRoutes(httplib::Server& server, ServeContext& context) {
  server.set_default_headers({
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; object-src 'self'; frame-ancestors 'none'"},
  });
  server.set_pre_routing_handler([&context](const httplib::Request& req, httplib::Response& res) {
    if (context.access_token.empty() || req.path == "/logga-in" ||
        req.path.rfind("/static/", 0) == 0 || SameToken(RequestToken(req), context.access_token)) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    if (req.path.rfind("/api/", 0) == 0) {
      SendJson(res, {{"error", "åtkomstnyckel saknas (Authorization: Bearer …)"}}, 401);
    } else {
      res.set_redirect("/logga-in", 303);
    }
    return httplib::Server::HandlerResponse::Handled;
  });
  server.set_exception_handler(
      [&context](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "internt fel";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what += std::string(": ") + e.what();
        } catch (...) {
        }
        SendError(context, req, res, 500, what);
      });
  server.set_error_handler([&context](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (res.status == 404) SendError(context, req, res, 404, "sidan finns inte");
    if (res.status == 413) SendError(context, req, res, 413, "uppladdningen är för stor");
  });
  server.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/oversikt", 302);
  });
  // For API clients: the CSRF token their changes carry (other sites cannot read it).
  server.Get("/api/session", [&context](const httplib::Request&, httplib::Response& res) {
    SendJson(res, {{"csrf", context.csrf_token}, {"read_only", context.options.read_only}});
  });
  server.Get("/static/style.css", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kStyleCss, "text/css; charset=utf-8");
  });
  server.Get("/static/app.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kAppJs, "text/javascript; charset=utf-8");
  });
  AddLoginRoutes(server, context);
}

// Checks the options and prepares the context, or says why not on stderr.
bool Prepare(const ServeOptions& options, ServeContext* context) {
  context->options = options;
  if (!IsLoopback(options.listen) && options.token_file.empty()) {
    std::cerr << "kvreg: --listen " << options.listen
              << " is reachable from other machines: give --token-file FILE\n";
    return false;
  }
  if (!options.token_file.empty()) {
    std::ifstream in(options.token_file);
    std::getline(in, context->access_token);
    while (!context->access_token.empty() &&
           std::isspace(static_cast<unsigned char>(context->access_token.back()))) {
      context->access_token.pop_back();
    }
    if (context->access_token.size() < 16) {
      std::cerr << "kvreg: " << options.token_file
                << ": needs a token of at least 16 characters on its first line\n";
      return false;
    }
  }
  context->csrf_token = RandomToken();
  Status loaded = PatternSet::Load(LocatePatternsDir(options.patterns_dir), &context->patterns);
  if (loaded.ok() && !options.read_only) {
    loaded = context->Write([](Register&) { return Status::Ok(); });  // creates a new register
  }
  std::optional<ServeContext::Reader> reader;
  if (loaded.ok()) loaded = context->Read(&reader);
  if (!loaded.ok()) {
    std::cerr << "kvreg: " << loaded.message() << "\n";
    return false;
  }
  context->imports = std::make_unique<ImportJobs>(*context);
  context->participations = std::make_unique<ParticipationCache>(*context);
  return true;
}

}  // namespace

ServeContext::Reader::~Reader() {
  std::lock_guard<std::mutex> lock(context_.readers_mutex);
  context_.idle_readers.push_back(std::move(reg_));
}

Status ServeContext::Read(std::optional<Reader>* out) {
  std::unique_ptr<Register> reg;
  {
    std::lock_guard<std::mutex> lock(readers_mutex);
    if (!idle_readers.empty()) {
      reg = std::move(idle_readers.back());
      idle_readers.pop_back();
    }
  }
  if (!reg) {
    Status opened = Register::OpenForReading(options.db, &reg);
    if (!opened.ok()) return opened;
  }
  out->emplace(*this, std::move(reg));
  return Status::Ok();
}

int RunServer(const ServeOptions& options) {
  ServeContext context;
  if (!Prepare(options, &context)) return 2;
  httplib::Server server;
  // Many browsers at once: a keep-alive connection holds a thread.
  server.new_task_queue = [] { return new httplib::ThreadPool(64); };
  // A whole batch in one request; each file is held to max_upload_bytes by the import route.
  server.set_payload_max_length(std::max<size_t>(options.max_upload_bytes, 512u << 20));
  server.set_keep_alive_max_count(1000);
  AddFrameRoutes(server, context);
  AddOverviewRoutes(server, context);
  AddUnitRoutes(server, context);
  AddDocumentRoutes(server, context);
  AddReviewRoutes(server, context);
  AddLogRoutes(server, context);
  AddImportRoutes(server, context);
  AddSearchRoutes(server, context);
  AddExportRoutes(server, context);
  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.listen);
  } else if (!server.bind_to_port(options.listen, port)) {
    port = -1;
  }
  if (port <= 0) {
    std::cerr << "kvreg: cannot listen on " << options.listen << ":" << options.port << "\n";
    return 2;
  }
  const bool v6 = options.listen.find(':') != std::string::npos;
  std::cout << "kvreg serve: http://" << (v6 ? "[" + options.listen + "]" : options.listen) << ":"
            << port << "/" << (options.read_only ? " (read-only)" : "") << std::endl;
  server.listen_after_bind();
  return 0;
}

}  // namespace kvreg::serve
