#include "app/sourcecandidate.h"

#include "app/configloader.h"
#include "app/yamldocument.h"
#include "app/yamlwriter.h"

#include <QRegularExpression>

namespace Bandwatch {

namespace {

// The key of `entry` written on `line`, or empty.
QString keyOnLine(const ConfigNode &entry, int line)
{
    for (const auto &[key, value] : entry.entries) {
        if (value.keyLine == line || value.line == line)
            return key;
    }
    return {};
}

} // namespace

std::optional<SourceConfig> SourceCandidate::parse(const ConfigNode &entry, const QString &configPath,
                                                   QList<Issue> *issues)
{
    ConfigNode item = entry;
    item.remove(u"enabled");
    const QByteArray text = (QStringLiteral("sources:\n") + YamlWriter::listItem(item, 2)).toUtf8();

    // The scratch text's own lines, to tie each message to the key it names.
    ConfigError yamlError;
    const std::optional<ConfigNode> doc = YamlDocument::parse(text, &yamlError);
    const ConfigNode *parsed = doc && doc->child(u"sources") && !doc->child(u"sources")->items.isEmpty()
        ? &doc->child(u"sources")->items.first()
        : nullptr;

    const ConfigLoader::Result result = ConfigLoader::parse(text, configPath);
    if (issues) {
        // "FILE:LINE: source \"id\": message": the line is the scratch text's, meaningless to
        // the user, and the source is the one being edited, so only the message is kept.
        static const QRegularExpression located(QStringLiteral("^(.*):(\\d+): (.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
        const QString sourcePrefix = QStringLiteral("source \"%1\": ").arg(entry.text(u"id"));
        for (const QString &error : result.errors) {
            Issue issue;
            issue.message = error;
            const QRegularExpressionMatch m = located.match(error);
            if (m.hasMatch() && m.captured(1) == configPath) {
                issue.message = m.captured(3);
                const int line = m.captured(2).toInt();
                if (parsed && line != parsed->line)
                    issue.key = keyOnLine(*parsed, line);
                // The entry's own line is also its first key's (id): only an invalid id
                // is about that key; anything else there is about a missing option.
                else if (parsed && !idPattern.match(entry.text(u"id")).hasMatch())
                    issue.key = QStringLiteral("id");
            } else if (error.startsWith(configPath + QStringLiteral(": "))) {
                issue.message = error.mid(configPath.size() + 2);
            }
            if (issue.message.startsWith(sourcePrefix))
                issue.message = issue.message.mid(sourcePrefix.size());
            issues->append(issue);
        }
    }
    if (!result.ok() || result.config->sources.isEmpty())
        return std::nullopt;
    return result.config->sources.first();
}

} // namespace Bandwatch
