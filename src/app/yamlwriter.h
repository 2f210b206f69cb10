#pragma once

#include "core/confignode.h"

#include <QString>

namespace Bandwatch {

// Writes ConfigNode trees back as YAML text the way a person would: block
// style, short scalar lists and small maps inline ([a, b], {k: v}), plain
// scalars where YAML reads them back unchanged and double quotes otherwise.
// ConfigEditor splices its output into the user's file, so only the entries
// being edited are rewritten.
class YamlWriter
{
public:
    // "key: value" (one or more lines) with `indent` spaces before the key.
    static QString entry(const QString &key, const ConfigNode &value, int indent);
    // "- value" with the dash at column `indent`.
    static QString listItem(const ConfigNode &value, int indent);
    // Every entry of a map, one after the other, at `indent`.
    static QString mapBody(const ConfigNode &map, int indent);
    // A scalar as YAML reads it back to exactly `value`.
    static QString scalar(const QString &value, bool inFlow = false);

private:
    static QString flow(const ConfigNode &value);
    static bool fitsInline(const ConfigNode &value, int indent, qsizetype keyLength);
};

} // namespace Bandwatch
