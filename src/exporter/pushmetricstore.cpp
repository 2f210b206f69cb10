#include "exporter/pushmetricstore.h"

#include "exporter/pushmetricname.h"
#include "storage/historystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PushMetricStore", text);
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

PushMetricStore::PushMetricStore(HistoryStore *store)
    : m_store(store)
{ }

bool PushMetricStore::load(QString *error)
{
    m_metrics.clear();
    if (!m_store)
        return true;
    QList<PushMetric> loaded;
    const bool ok = m_store->write(
        [&loaded](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT name, type, description, value, created_ms, updated_ms "
                                       "FROM exporter_push_metrics")))
                return failed(q, err);
            while (q.next()) {
                PushMetric m;
                m.name = q.value(0).toString();
                m.type = PushMetric::parseType(q.value(1).toString()).value_or(PushMetric::Type::Gauge);
                m.description = q.value(2).toString();
                m.value = q.value(3).toDouble();
                m.createdMs = q.value(4).toLongLong();
                m.updatedMs = q.value(5).toLongLong();
                loaded << m;
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    for (const PushMetric &m : std::as_const(loaded))
        m_metrics.insert(m.name, m);
    return true;
}

bool PushMetricStore::persist(const PushMetric &m, QString *error)
{
    if (!m_store)
        return true;
    return m_store->write(
        [&m](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO exporter_push_metrics(name, type, description, value, created_ms, "
                "updated_ms) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                "type = excluded.type, description = excluded.description, "
                "value = excluded.value, updated_ms = excluded.updated_ms"));
            q.addBindValue(m.name);
            q.addBindValue(PushMetric::typeName(m.type));
            // A null QString would be bound as SQL NULL.
            q.addBindValue(m.description.isNull() ? QStringLiteral("") : m.description);
            q.addBindValue(m.value);
            q.addBindValue(m.createdMs);
            q.addBindValue(m.updatedMs);
            return q.exec() || failed(q, err);
        },
        error);
}

bool PushMetricStore::erase(const QString &name, QString *error)
{
    if (!m_store)
        return true;
    return m_store->write(
        [&name](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM exporter_push_metrics WHERE name = ?"));
            q.addBindValue(name);
            return q.exec() || failed(q, err);
        },
        error);
}

QString PushMetricStore::resolve(const QString &rawName, QString *error) const
{
    const QString name = PushMetricName::base(rawName, error);
    if (name.isEmpty())
        return {};
    if (m_metrics.contains(name))
        return name;
    const QString counter = name + QStringLiteral("_total");
    if (!name.endsWith(QLatin1String("_total")) && m_metrics.contains(counter))
        return counter;
    return name;
}

PushMetricStore::Outcome PushMetricStore::create(const QString &rawName, PushMetric::Type type,
                                                 const QString &description, std::optional<double> initial,
                                                 qint64 nowMs)
{
    QString error;
    const QString name = PushMetricName::forType(rawName, type, &error);
    if (name.isEmpty())
        return { Status::BadRequest, error, {} };
    if (description.size() > 1024)
        return { Status::BadRequest, tr("descriptions are limited to 1024 characters"), {} };
    const auto existing = m_metrics.constFind(name);
    if (existing != m_metrics.cend()) {
        if (existing->type != type)
            return { Status::Conflict,
                     tr("%1 already exists as a %2").arg(name, PushMetric::typeName(existing->type)),
                     *existing };
        if ((description.isEmpty() || description == existing->description) && !initial)
            return { Status::Ok, {}, *existing };
        PushMetric updated = *existing;
        if (!description.isEmpty())
            updated.description = description;
        if (initial) {
            if (type == PushMetric::Type::Counter && *initial < updated.value)
                return { Status::Conflict,
                         tr("a counter cannot go down (%1 is at %2)").arg(name).arg(updated.value),
                         *existing };
            updated.value = *initial;
        }
        updated.updatedMs = nowMs;
        if (!persist(updated, &error))
            return { Status::StorageFailed, error, *existing };
        m_metrics.insert(name, updated);
        return { Status::Ok, {}, updated };
    }
    if (m_metrics.size() >= m_maxMetrics)
        return { Status::TooMany,
                 tr("the push store is full (%1 metrics; exporter.push.max_metrics)").arg(m_maxMetrics),
                 {} };
    if (initial && type == PushMetric::Type::Counter && *initial < 0)
        return { Status::BadRequest, tr("a counter cannot start below 0"), {} };
    PushMetric m;
    m.name = name;
    m.type = type;
    m.description = description;
    m.value = initial.value_or(0.0);
    m.createdMs = m.updatedMs = nowMs;
    if (!persist(m, &error))
        return { Status::StorageFailed, error, {} };
    m_metrics.insert(name, m);
    return { Status::Created, {}, m };
}

PushMetricStore::Outcome PushMetricStore::set(const QString &rawName, double value, qint64 nowMs)
{
    QString error;
    const QString name = resolve(rawName, &error);
    if (name.isEmpty())
        return { Status::BadRequest, error, {} };
    const auto it = m_metrics.constFind(name);
    if (it == m_metrics.cend())
        return { Status::NotFound, tr("no pushed metric \"%1\"; create it with POST first").arg(name), {} };
    if (!std::isfinite(value))
        return { Status::BadRequest, tr("the value must be a finite number"), *it };
    if (it->type == PushMetric::Type::Counter && value < it->value)
        return { Status::Conflict,
                 tr("%1 is a counter at %2 and cannot be set lower; DELETE and re-create it to reset it")
                     .arg(name)
                     .arg(it->value),
                 *it };
    PushMetric m = *it;
    m.value = value;
    m.updatedMs = nowMs;
    if (!persist(m, &error))
        return { Status::StorageFailed, error, *it };
    m_metrics.insert(name, m);
    return { Status::Ok, {}, m };
}

PushMetricStore::Outcome PushMetricStore::change(const QString &rawName, Change change,
                                                 std::optional<double> amount, qint64 nowMs)
{
    QString error;
    const QString name = resolve(rawName, &error);
    if (name.isEmpty())
        return { Status::BadRequest, error, {} };
    const auto it = m_metrics.constFind(name);
    if (it == m_metrics.cend())
        return { Status::NotFound, tr("no pushed metric \"%1\"; create it with POST first").arg(name), {} };
    double delta = 1.0;
    if (change == Change::Add || change == Change::Subtract) {
        if (!amount)
            return { Status::BadRequest, tr("the body must be a number"), *it };
        delta = *amount;
    }
    if (change == Change::Decrement || change == Change::Subtract)
        delta = -delta;
    return set(name, it->value + delta, nowMs);
}

PushMetricStore::Outcome PushMetricStore::remove(const QString &rawName)
{
    QString error;
    const QString name = resolve(rawName, &error);
    if (name.isEmpty())
        return { Status::BadRequest, error, {} };
    const auto it = m_metrics.constFind(name);
    if (it == m_metrics.cend())
        return { Status::NotFound, tr("no pushed metric \"%1\"").arg(name), {} };
    const PushMetric m = *it;
    if (!erase(name, &error))
        return { Status::StorageFailed, error, m };
    m_metrics.remove(name);
    return { Status::Ok, {}, m };
}

PushMetricStore::Outcome PushMetricStore::get(const QString &rawName) const
{
    QString error;
    const QString name = resolve(rawName, &error);
    if (name.isEmpty())
        return { Status::BadRequest, error, {} };
    const auto it = m_metrics.constFind(name);
    if (it == m_metrics.cend())
        return { Status::NotFound, tr("no pushed metric \"%1\"").arg(name), {} };
    return { Status::Ok, {}, *it };
}

int PushMetricStore::import(const QList<PushMetric> &metrics, qint64 nowMs, QStringList *skipped)
{
    int added = 0;
    for (const PushMetric &m : metrics) {
        const Outcome o = create(m.name, m.type, m.description, m.value, nowMs);
        if (o.status == Status::Created)
            ++added;
        else if (skipped && o.status != Status::Ok)
            skipped->append(QStringLiteral("%1: %2").arg(m.name, o.message));
    }
    return added;
}

void PushMetricStore::noteClient(const QString &client, qint64 nowMs)
{
    m_clients.insert(client, nowMs);
}

int PushMetricStore::activeClients(qint64 nowMs) const
{
    m_clients.removeIf(
        [nowMs](const QHash<QString, qint64>::iterator &it) { return nowMs - *it > clientWindowMs; });
    return int(m_clients.size());
}

void PushMetricStore::render(ExpositionWriter &writer, qint64 nowMs) const
{
    writer.family(QByteArrayLiteral("bandwatch_push_clients"), ExpositionWriter::Type::Gauge,
                  u"Clients (by address) that used the push API within the last hour.");
    writer.sample(QByteArray(), quint64(activeClients(nowMs)));
    for (const PushMetric &m : m_metrics) {
        const QString help =
            m.description.isEmpty() ? QStringLiteral("Pushed metric %1.").arg(m.name) : m.description;
        writer.family(m.name.toUtf8(),
                      m.type == PushMetric::Type::Counter ? ExpositionWriter::Type::Counter
                                                          : ExpositionWriter::Type::Gauge,
                      help);
        writer.sample(QByteArray(), m.value);
    }
}

} // namespace Bandwatch
