#pragma once
// Deterministic, realistic sample trades (Chinese names, addresses, goods) for demo mode, tests and
// benchmarks. Same seed, same data.
#include "domain/types.h"
#include <QRandomGenerator>
#include <vector>

namespace od::sample {

class Generator {
public:
    explicit Generator(quint32 seed) : m_rng(seed) { }
    Trade trade(int64_t shopId, int serial, const QString &modified);
    QString personName();
    QString mobile();
    QString address(QString *state = nullptr, QString *city = nullptr, QString *district = nullptr);
    QString companyName();
    QRandomGenerator &rng() { return m_rng; }

private:
    QRandomGenerator m_rng;
};

} // namespace od::sample
