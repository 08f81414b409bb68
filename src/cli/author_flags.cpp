// --by and --note: who changes the register and why, for the audit log. Without --by, the
// login name of the person running kvreg.
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

#include "commands.h"

namespace kvreg::cli {
namespace {

std::string LoginName() {
  char name[256];
  if (getlogin_r(name, sizeof name) == 0 && name[0] != '\0') return name;
  for (const char* variable : {"LOGNAME", "USER"}) {
    const char* value = std::getenv(variable);
    if (value != nullptr && *value != '\0') return value;
  }
  if (const passwd* pw = getpwuid(geteuid()); pw != nullptr && pw->pw_name != nullptr) {
    return pw->pw_name;
  }
  return "unknown";
}

}  // namespace

ChangeAuthor AuthorFlags::Author() const { return {by.empty() ? LoginName() : by, note}; }

void AddAuthorFlags(CLI::App* command, AuthorFlags* flags) {
  command->add_option("--by", flags->by, "Who makes the change (default: the login name)");
  command->add_option("--note", flags->note, "Why: kept in the audit log (kvreg log)");
}

}  // namespace kvreg::cli
