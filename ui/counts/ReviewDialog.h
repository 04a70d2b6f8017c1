#pragma once

// ReviewDialog: the review of a count before posting. Expected (the ledger at the time of each
// count) against counted per product and location, the differences in quantity and value (value
// only for users who may see costs), a filter for the rows that need attention, what to do with
// items nobody counted, a recount of chosen rows, and posting after a confirmation. Opening it
// ends counting (the session goes to review, and a blind count shows its expected figures).

#include "security/Actor.h"
#include "stock/CountSession.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

namespace kontor {

class CountReviewModel;
class CountService;
class ProductService;

class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    // What the user chose besides closing: count again (recount or back to counting), or posted.
    enum class Outcome
    {
        None,
        CountAgain,
        Posted,
    };

    ReviewDialog(CountService& counts, ProductService& products, Actor actor, const Id& sessionId,
                 QWidget* parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    CountReviewModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    UncountedRule uncountedRule() const;
    void setUncountedRule(UncountedRule rule);
    void setOnlyDifferences(bool only);
    // "3 items short (−1 200,00 ₽) · 1 over · 28 not counted".
    QString summaryText() const;

    // The commands behind the buttons (for tests; they ask through MessageBox).
    void recountSelected();
    void countAgain();
    bool postCount();

private:
    void reload();
    void updateButtons();

    CountService& m_counts;
    ProductService& m_products;
    Actor m_actor;
    Id m_sessionId;
    CountSession m_session;
    CountReviewModel* m_model;
    QTableView* m_view;
    QLabel* m_header;
    QLabel* m_summary;
    QCheckBox* m_onlyDifferences;
    QRadioButton* m_leaveUncounted;
    QRadioButton* m_zeroUncounted;
    QPushButton* m_recount;
    QPushButton* m_countAgain;
    QPushButton* m_post;
    Outcome m_outcome = Outcome::None;
};

} // namespace kontor
