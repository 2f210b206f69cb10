#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <chrono>

namespace Bandwatch {

// One entry of the `sources:` list of the YAML file. The common keys are typed;
// the keys that only one source type understands stay in `options`, with the
// YAML line of each so a source can point at the exact line it rejects.
struct SourceConfig
{
    QString id;
    QString type;
    std::chrono::milliseconds interval { std::chrono::seconds(60) };
    std::chrono::milliseconds timeout { std::chrono::seconds(30) };
    QVariantMap options; // scalars as QString, lists as QStringList/QVariantList, maps as QVariantMap
    QHash<QString, int> optionLines; // key -> 1-based line in the YAML file
    int line = 0; // line of the entry itself

    QString string(const QString &key, const QString &fallback = {}) const;
    QStringList stringList(const QString &key) const; // accepts a scalar or a list
    bool boolean(const QString &key, bool fallback) const;
    // A duration ("90s", "15m"); `fallback` when absent or invalid (validate() reports invalid ones).
    std::chrono::milliseconds duration(const QString &key, std::chrono::milliseconds fallback) const;
    qint64 durationMs(const QString &key, qint64 fallback) const
    {
        return duration(key, std::chrono::milliseconds(fallback)).count();
    }
    int lineOf(const QString &key) const { return optionLines.value(key, line); }
    // A secret given inline (after ${ENV} expansion, done by the loader) or as
    // `<key>_file: path`. Empty and no error when neither is set.
    QString secret(const QString &key, QString *error = nullptr) const;
};

// A problem found while validating a source's options, tied to the key
// (and so to the YAML line) it concerns.
struct ConfigIssue
{
    QString key;
    QString message;
};

} // namespace Bandwatch
