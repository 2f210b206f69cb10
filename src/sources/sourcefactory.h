#pragma once

#include "sources/source.h"

#include <QStringList>

namespace Bandwatch {

// The one place that knows every source type. A type is listed in the table in
// sourcefactory.cpp (explicitly: static-library self-registration would be
// dropped by the linker).
class SourceFactory
{
public:
    static QStringList types();
    static bool isKnownType(const QString &type);
    // Type-specific validation of the options; the config loader turns each
    // issue into "file:line: message".
    static QList<ConfigIssue> validate(const SourceConfig &config);
    // The poll interval when the entry sets none (60 s; 5 min for CDN APIs).
    static std::chrono::milliseconds defaultInterval(const QString &type);
    // Returns nullptr only for an unknown type (validate() reports that first).
    static Source *create(const SourceConfig &config, QObject *parent = nullptr);
};

} // namespace Bandwatch
