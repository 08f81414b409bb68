// kvreg serve [--db FILE] [--port 8080] [--listen 127.0.0.1] [--token-file F] [--read-only]:
// the register as a local web application for clerks (src/serve/serve.h).
#include <filesystem>
#include <memory>

#include "commands.h"
#include "serve/serve.h"

namespace kvreg::cli {

void AddServeCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    serve::ServeOptions options;
    std::string db;
    int max_upload_mb = 64;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("serve", "The register in a browser (a local web server)");
  cmd->add_option("--db", args->db, "Register file (default: $KVREG_DB, else register.sqlite)");
  cmd->add_option("--port", args->options.port, "Port (default 8080; 0: any free port)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--listen", args->options.listen,
                  "Address to listen on (default 127.0.0.1; another needs --token-file)");
  cmd->add_option("--token-file", args->options.token_file,
                  "File whose first line is the access token every request must carry");
  cmd->add_flag("--read-only", args->options.read_only, "Show the register; refuse every change");
  cmd->add_option("--jobs", args->options.import_workers, "Worker processes of an import")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--max-upload-mb", args->max_upload_mb, "Largest file an upload may hold (MB)")
      ->check(CLI::Range(1, 4096));
  cmd->add_option("--max-upload-files", args->options.max_upload_files,
                  "Most files one upload may hold")
      ->check(CLI::Range(1, 100000));
  cmd->callback([args, &common]() {
    args->options.db = RegisterPath(args->db);
    args->options.patterns_dir = common.patterns_dir;
    // Imports run this same binary (resolved now: /proc/self is the child's in a child).
    std::error_code error;
    args->options.kvreg_binary = std::filesystem::read_symlink("/proc/self/exe", error).string();
    if (error) args->options.kvreg_binary = "/proc/self/exe";
    args->options.max_upload_bytes = static_cast<size_t>(args->max_upload_mb) << 20;
    common.exit_code = serve::RunServer(args->options);
  });
}

}  // namespace kvreg::cli
