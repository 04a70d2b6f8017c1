#include "SupplierService.h"

namespace kontor {

SupplierService::SupplierService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

} // namespace kontor
