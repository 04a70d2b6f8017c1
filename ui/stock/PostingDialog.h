#pragma once

// PostingDialog: what the stock posting dialogs (receive, adjust, transfer, arrival) share: the
// product picker, when it happened (now, or back-dated), a note, field errors shown under their
// fields, OK enabled only while the form is valid, and the service's refusal shown in the dialog,
// which then stays open. A subclass adds its fields, checks them and posts.

#include "Services.h"
#include "catalog/Product.h"
#include "common/Quantity.h"
#include "security/Actor.h"

#include <QDialog>

#include <optional>

class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kontor {

class ProductSearchField;

class PostingDialog : public QDialog
{
    Q_OBJECT

public:
    // Shows the product as if the user had chosen it.
    void setProduct(const Id& productId);
    Id productId() const { return m_productId; }
    // Back-dates the posting (local time is what the user sees).
    void setOccurredAt(const QDateTime& when);
    void setNote(const QString& note);

    QPushButton* okButton() const;
    // The service's refusal shown in the dialog, if any.
    QString errorText() const;
    // The document posted by the last successful OK.
    Id postedDocument() const { return m_document; }

    // Posts when the form is valid; closes only when the service accepted.
    void accept() override;

protected:
    // Enter in the product field picks a product; it must not also press OK.
    bool eventFilter(QObject* watched, QEvent* event) override;

    PostingDialog(Services services, Actor actor, const QString& title, const QString& okText,
                  QWidget* parent = nullptr);

    // Adds the date and note rows and the buttons: call at the end of the subclass's constructor,
    // after its own rows.
    void finishForm();
    // Checks every field, shows their errors and enables OK; subclasses call it when a field changes.
    void revalidate();
    // The subclass's fields are valid (it shows their errors).
    virtual bool validateFields() = 0;
    virtual Result<Id> post() = 0;
    // The chosen product changed (null: none chosen).
    virtual void productChanged() {}

    QFormLayout* form() const { return m_form; }
    // A quantity edit with the product's unit after it and its error line under it.
    QWidget* quantityField(QLineEdit* edit, QLabel* error);
    // The field with its error line underneath.
    static QWidget* withError(QWidget* field, QLabel* error);
    static QLabel* makeErrorLabel(const QString& objectName);
    static void setError(QLabel* label, const QString& text);
    // Reads a quantity in the product's unit. Empty text is "not given" without an error; other
    // problems are shown in `error`. positive: must be > 0.
    std::optional<Quantity> readQuantity(QLineEdit* edit, QLabel* error, bool positive = true);

    // The chosen product's unit code ("pcs") and SKU; empty when none is chosen.
    const QString& unitCode() const { return m_unitCode; }
    const QString& productSku() const { return m_productSku; }
    // 0 (now) unless the user changed the date.
    qint64 occurredAt() const;
    QString note() const;
    // Places the service's refusal in the dialog.
    void showServiceError(const Error& error);
    // Only this product may be posted (the picker is read-only).
    void lockProduct();

    Services m_services;
    Actor m_actor;

private:
    bool validateCommon();
    void chooseProduct(const Id& productId);

    QFormLayout* m_form;
    ProductSearchField* m_product;
    QLabel* m_productError;
    QDateTimeEdit* m_when = nullptr;
    QLabel* m_whenError = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_serviceError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<QLabel*> m_unitLabels;
    Id m_productId;
    QString m_unitCode;
    QString m_productSku;
    bool m_whenEdited = false;
    bool m_settingWhen = false;
    Id m_document;
};

} // namespace kontor
