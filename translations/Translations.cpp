// The compiled translations (:/i18n/kontor_ru.qm) are embedded in this library as resources.
namespace kontor {
int translationsLibraryAnchor = 0;
} // namespace kontor
