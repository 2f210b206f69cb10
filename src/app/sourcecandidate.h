#pragma once

#include "core/confignode.h"
#include "sources/sourceconfig.h"

#include <QList>
#include <QString>
#include <optional>

namespace Bandwatch {

// One `sources:` entry as an editor holds it before it is saved: checked and
// turned into a SourceConfig by ConfigLoader itself, alone in a scratch
// document, so the editors accept exactly what the app will accept and a
// "Test" runs the source the app would run.
class SourceCandidate
{
public:
    struct Issue
    {
        QString key; // the entry's key the problem is about; empty when it is about the whole entry
        QString message;
    };

    // `configPath` is the real file's name: relative paths and messages refer
    // to it. `enabled: false` is ignored, so a disabled entry can still be tested.
    static std::optional<SourceConfig> parse(const ConfigNode &entry, const QString &configPath,
                                             QList<Issue> *issues);
};

} // namespace Bandwatch
