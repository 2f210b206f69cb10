#pragma once

#include "app/appconfig.h"

#include <QStringList>
#include <optional>

namespace Bandwatch {

// Turns the YAML file into an AppConfig, or into messages of the form
// "FILE:LINE: problem" that name every problem found, not just the first.
class ConfigLoader
{
public:
    struct Result
    {
        std::optional<AppConfig> config;
        QStringList errors;
        QStringList warnings;
        bool ok() const { return config.has_value() && errors.isEmpty(); }
    };

    static Result loadFile(const QString &path);
    static Result parse(const QByteArray &yaml, const QString &fileName);

    static QString defaultConfigPath(); // <config location>/bandwatch/bandwatch.yaml
    static QString defaultStoragePath(); // <data location>/history.db
    static QByteArray defaultConfigText();
    // Writes the default configuration (the local interfaces source) if `path`
    // does not exist yet. The file is created readable by its owner only.
    static bool writeDefaultIfMissing(const QString &path, QString *error);

private:
    class Context;
    static void parseStorage(const ConfigNode &node, AppConfig &config, Context &ctx);
    static void parseRetention(const ConfigNode &node, RetentionPolicy &policy, Context &ctx);
    static void parseSources(const ConfigNode &node, AppConfig &config, Context &ctx);
    static std::optional<SourceConfig> parseSource(const ConfigNode &node, Context &ctx);
};

} // namespace Bandwatch
