#pragma once

#include "core/confignode.h"
#include "sources/sourceconfig.h"
#include "storage/historyoptions.h"

#include <QList>
#include <QString>

namespace Bandwatch {

struct StorageConfig
{
    QString path; // empty = the standard data location
    RetentionPolicy retention; // storage.retention: raw, minute, five_minute, hour, day
};

// The typed configuration model: what the YAML file says, validated. The GUI
// edits it and headless mode reads it; nothing else reads the file.
struct AppConfig
{
    QString fileName;
    StorageConfig storage;
    QList<SourceConfig> sources;
    // The parsed document, for sections that their own part interprets
    // (quotas, notifications, exporter), each with line numbers.
    ConfigNode document;

    QString effectiveStoragePath() const;
};

} // namespace Bandwatch
