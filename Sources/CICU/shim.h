#ifndef AZAD_CICU_SHIM_H
#define AZAD_CICU_SHIM_H

// ICU renames every C symbol with its version (ubidi_open → ubidi_open_72) through macros that
// Swift cannot expand; these wrappers keep the version number out of Swift.

#include <unicode/utypes.h>
#include <unicode/ubidi.h>
#include <unicode/ushape.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

/// Version-free `ubidi_open`.
static inline UBiDi *azad_ubidi_open(void) { return ubidi_open(); }
/// Version-free `ubidi_close`.
static inline void azad_ubidi_close(UBiDi *bidi) { ubidi_close(bidi); }
/// Version-free `ubidi_setPara`.
static inline void azad_ubidi_setPara(UBiDi *bidi, const UChar *text, int32_t length, UBiDiLevel level,
                                      UErrorCode *error) {
    ubidi_setPara(bidi, text, length, level, NULL, error);
}
/// Version-free `ubidi_getParaLevel`.
static inline UBiDiLevel azad_ubidi_getParaLevel(const UBiDi *bidi) { return ubidi_getParaLevel(bidi); }
/// Version-free `ubidi_getLevels`.
static inline const UBiDiLevel *azad_ubidi_getLevels(UBiDi *bidi, UErrorCode *error) {
    return ubidi_getLevels(bidi, error);
}
/// Version-free `ubidi_getVisualMap`.
static inline void azad_ubidi_getVisualMap(UBiDi *bidi, int32_t *map, UErrorCode *error) {
    ubidi_getVisualMap(bidi, map, error);
}
/// Version-free `ubidi_getLogicalMap`.
static inline void azad_ubidi_getLogicalMap(UBiDi *bidi, int32_t *map, UErrorCode *error) {
    ubidi_getLogicalMap(bidi, map, error);
}
/// Version-free `ubidi_getBaseDirection`: the direction of the first strong character.
static inline UBiDiDirection azad_ubidi_getBaseDirection(const UChar *text, int32_t length) {
    return ubidi_getBaseDirection(text, length);
}
/// Version-free `ubidi_writeReordered`.
static inline int32_t azad_ubidi_writeReordered(UBiDi *bidi, UChar *dest, int32_t capacity, uint16_t options,
                                                UErrorCode *error) {
    return ubidi_writeReordered(bidi, dest, capacity, options, error);
}
/// Version-free `u_shapeArabic`.
static inline int32_t azad_u_shapeArabic(const UChar *source, int32_t length, UChar *dest, int32_t capacity,
                                         uint32_t options, UErrorCode *error) {
    return u_shapeArabic(source, length, dest, capacity, options, error);
}
/// Version-free `u_charMirror`.
static inline UChar32 azad_u_charMirror(UChar32 c) { return u_charMirror(c); }
/// Version-free `u_charDirection`.
static inline UCharDirection azad_u_charDirection(UChar32 c) { return u_charDirection(c); }
/// Version-free `ubrk_open` for line breaks in the root locale.
static inline UBreakIterator *azad_ubrk_open_line(const UChar *text, int32_t length, UErrorCode *error) {
    return ubrk_open(UBRK_LINE, "", text, length, error);
}
/// Version-free `ubrk_close`.
static inline void azad_ubrk_close(UBreakIterator *iterator) { ubrk_close(iterator); }
/// Version-free `ubrk_first`.
static inline int32_t azad_ubrk_first(UBreakIterator *iterator) { return ubrk_first(iterator); }
/// Version-free `ubrk_next`.
static inline int32_t azad_ubrk_next(UBreakIterator *iterator) { return ubrk_next(iterator); }
/// Version-free `ubrk_getRuleStatus`: tells hard (mandatory) breaks from soft ones.
static inline int32_t azad_ubrk_getRuleStatus(UBreakIterator *iterator) { return ubrk_getRuleStatus(iterator); }
/// Whether an ICU status is a failure; `U_FAILURE` is a macro.
static inline int azad_u_failure(UErrorCode code) { return U_FAILURE(code); }

#endif
