#include "app/appconfig.h"

#include "app/configloader.h"

namespace Bandwatch {

QString AppConfig::effectiveStoragePath() const
{
    return storage.path.isEmpty() ? ConfigLoader::defaultStoragePath() : storage.path;
}

} // namespace Bandwatch
