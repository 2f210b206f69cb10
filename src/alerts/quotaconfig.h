#pragma once

#include "alerts/quota.h"
#include "core/confignode.h"

#include <QList>

namespace Bandwatch {

// Reads the `quotas:` list of the configuration document. Every problem is
// reported with its line; a quota with a problem is left out of the result.
class QuotaConfig
{
public:
    static QList<Quota> parse(const ConfigNode &quotas, QList<ConfigError> *errors);
    static std::optional<Quota> parseOne(const ConfigNode &node, QList<ConfigError> *errors);

private:
    static bool parseSelector(const ConfigNode &node, Quota &q, QList<ConfigError> *errors);
    static bool parseCycle(const ConfigNode &node, Quota &q, QList<ConfigError> *errors);
    static bool parseThresholds(const ConfigNode &node, Quota &q, QList<ConfigError> *errors);
};

} // namespace Bandwatch
