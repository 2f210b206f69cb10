#include "sources/source.h"

namespace Bandwatch {

Source::Source(SourceConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

Source::~Source() = default;

} // namespace Bandwatch
