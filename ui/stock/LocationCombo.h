#pragma once

// LocationCombo: picks a stock location, listed under their warehouses. As a filter it has a first
// entry for "every location" and may let a whole warehouse be picked by its heading; in a form a
// location must be chosen. Follows changes to locations and keeps the choice by id.

#include "StockLocations.h"

#include <QComboBox>

#include <functional>

namespace kontor {

class LocationCombo : public QComboBox
{
    Q_OBJECT

public:
    // allText: the first entry, meaning every location (empty: no such entry).
    LocationCombo(StockService& stock, Actor actor, QString allText = {}, QWidget* parent = nullptr);

    // A warehouse heading can be chosen too: all locations of that warehouse.
    void setWarehousesSelectable(bool selectable);
    // Only the locations this accepts are offered (e.g. those of one warehouse).
    void setLocationFilter(std::function<bool(const Location&)> accept);

    // The chosen location; null for "every location" or a whole warehouse.
    Id currentLocationId() const;
    // The chosen warehouse heading; null otherwise.
    Id currentWarehouseId() const;
    // Selects the location if offered; returns false (and keeps the choice) otherwise.
    bool setCurrentLocationId(const Id& id);
    bool setCurrentWarehouseId(const Id& id);
    const StockLocations& snapshot() const { return m_snapshot; }
    void reload();

protected:
    // The closed box shows the location with its warehouse instead of the indented list entry.
    void paintEvent(QPaintEvent* event) override;

Q_SIGNALS:
    // The user chose something else, or the choice vanished on a reload.
    void choiceChanged();

private:
    enum class Entry
    {
        All,
        Warehouse,
        Location
    };
    int indexOf(Entry entry, const Id& id) const;
    void selectFirstChoosable();

    StockService& m_stock;
    Actor m_actor;
    QString m_allText;
    bool m_warehousesSelectable = false;
    std::function<bool(const Location&)> m_accept;
    StockLocations m_snapshot;
    bool m_reloading = false;
};

} // namespace kontor
