#pragma once

// SupplierService: the shop's suppliers with their contacts, each product's preferred supplier
// (and whether the supplier dropships it), contracts with their terms, price lists, volume
// discounts and attached files. (The working-day calendar that contracts counting business days
// use is the shop's: CalendarService.)
//
// A contract is edited freely while it is a draft; activating it fixes its terms (a change is a
// new contract, as a supplement to a contract is in practice), so figures computed under it never
// change afterwards. An active contract may still be extended (valid to), terminated, annotated
// and given files. The contract that applies to a PO is the active one valid on the PO's date.
//
// Permissions: reading suppliers needs nothing; contracts, their terms and prices need
// ManageSuppliers or ViewCosts (a support agent sees neither); every change needs ManageSuppliers.

#include "Purchasing.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QObject>

namespace kontor {

struct SupplierFilter
{
    QString text; // name, legal name, tax id, email, phone
    bool includeArchived = false;
};

// A contract ending soon (renewal reminder) or already expired while the supplier has no other.
struct ContractReminder
{
    Id contractId;
    Id supplierId;
    QString supplierName;
    QString number;
    QDate validTo;
    int daysLeft = 0; // negative: expired
};

class SupplierService : public QObject
{
    Q_OBJECT

public:
    explicit SupplierService(Database& db, QObject* parent = nullptr);

    // Files above this size are refused (a scan of a contract is well below it).
    static constexpr qint64 MaxFileBytes = 20 * 1024 * 1024;

    // ---- suppliers ----
    // Names are unique (case-insensitive).
    Result<Supplier> create(const Actor& actor, const Supplier& draft);
    Result<void> update(const Actor& actor, const Supplier& supplier);
    Result<void> setArchived(const Actor& actor, const Id& id, bool archived);
    Result<Supplier> supplier(const Actor& actor, const Id& id);
    // Sorted by name in the user's language.
    Result<QList<SupplierListRow>> list(const Actor& actor, const SupplierFilter& filter = {});

    // ---- products ----
    Result<void> setProductSupplier(const Actor& actor, const ProductSupplier& link);
    Result<void> clearProductSupplier(const Actor& actor, const Id& productId);
    Result<std::optional<ProductSupplier>> productSupplier(const Actor& actor, const Id& productId);
    // Every product whose preferred supplier this is.
    Result<QList<ProductSupplier>> productsOf(const Actor& actor, const Id& supplierId);

    // ---- contracts ----
    // A new draft contract (terms, prices, discounts as given).
    Result<Contract> createContract(const Actor& actor, const Contract& draft);
    // A draft: everything. An active contract: valid to, renewal notice, delivery schedule, return
    // procedure and notes only (terms, prices and discounts are refused with the reason).
    Result<Contract> updateContract(const Actor& actor, const Contract& contract);
    // Draft -> active: needs a number, a validity start, and no other active contract of the
    // supplier whose validity overlaps.
    Result<Contract> activateContract(const Actor& actor, const Id& contractId);
    // Active -> terminated on `lastDay` (valid to becomes it if earlier).
    Result<Contract> terminateContract(const Actor& actor, const Id& contractId, QDate lastDay);
    // Only a draft can be deleted.
    Result<void> deleteDraftContract(const Actor& actor, const Id& contractId);
    Result<Contract> contract(const Actor& actor, const Id& contractId);
    // Newest validity first.
    Result<QList<Contract>> contracts(const Actor& actor, const Id& supplierId);
    // The active contract of the supplier valid on `day`, if any.
    Result<std::optional<Contract>> contractOn(const Actor& actor, const Id& supplierId, QDate day);
    // Active contracts whose end is within their renewal notice of `today`, or past.
    Result<QList<ContractReminder>> expiringContracts(const Actor& actor, QDate today);

    // ---- files ----
    Result<ContractFile> addFile(const Actor& actor, const Id& contractId, const QString& name,
                                 const QByteArray& data);
    Result<QByteArray> fileData(const Actor& actor, const Id& fileId);
    Result<void> removeFile(const Actor& actor, const Id& fileId);

Q_SIGNALS:
    void suppliersChanged();
    void contractsChanged(const kontor::Id& supplierId);

private:
    Result<void> checkSupplier(Connection& c, Supplier& s);
    Result<void> checkContract(Connection& c, Contract& contract);
    // Reading contracts needs ManageSuppliers or ViewCosts.
    Result<void> requireContractReader(const Actor& actor) const;
    // Refuses the change of an active (or terminated) contract that touches what activation fixed.
    Result<void> checkLockedFields(const Contract& before, const Contract& after) const;
    // Another active or terminated contract of the supplier whose validity overlaps `contract`'s.
    Result<std::optional<Contract>> overlapping(Connection& c, const Contract& contract);
    Result<Contract> loadContract(Connection& c, const Id& contractId);
    Result<void> writeContacts(Connection& c, const Actor& actor, const Supplier& s,
                               const QList<SupplierContact>& before);
    Result<void> writePrices(Connection& c, const Actor& actor, const Contract& contract,
                             const QList<ContractPrice>& before);
    Result<void> writeDiscounts(Connection& c, const Actor& actor, const Contract& contract,
                                const QList<VolumeDiscount>& before);
    Result<void> saveContractRow(Connection& c, const Actor& actor, const Contract& contract, bool isNew);
    QString shopCurrency(Connection& c);
    // Today in the system time zone by the database clock.
    QDate today() const;

    Database& m_db;
};

} // namespace kontor
