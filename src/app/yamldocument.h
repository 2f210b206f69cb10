#pragma once

#include "core/confignode.h"

#include <QByteArray>
#include <optional>

namespace Bandwatch {

// Reads YAML (yaml-cpp) into a ConfigNode tree with line numbers. The only
// place that includes yaml-cpp.
class YamlDocument
{
public:
    static std::optional<ConfigNode> parse(const QByteArray &text, ConfigError *error);
};

} // namespace Bandwatch
