#pragma once

#include <QString>
#include <optional>

namespace Bandwatch {

// Secrets come from the environment (${VAR}) or from files (`*_file:` keys),
// never need to be written inline, and never reach a log in clear text.
class Secrets
{
public:
    // Replaces every ${NAME} with the environment variable NAME. An unset
    // variable is an error (a silently empty password is worse than a refusal).
    // "$${" escapes a literal "${".
    static std::optional<QString> expandEnvironment(const QString &text, QString *error);

    // Reads a secret from a file: the first line, without its line break.
    // `warning` is set when the file is readable by group or others.
    static std::optional<QString> readFile(const QString &path, QString *error, QString *warning = nullptr);

    // "hunter2" -> "******", for anything that might be printed.
    static QString redacted(const QString &secret);

    // Whether a config key names a secret (password, token, api_key, secret_key, ...).
    static bool isSecretKey(const QString &key);
};

} // namespace Bandwatch
