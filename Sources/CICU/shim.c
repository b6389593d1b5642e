// ICU is included here alone; see include/shim.h for why.
#include "shim.h"

#include <unicode/utypes.h>
#include <unicode/ubidi.h>
#include <unicode/ushape.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>

int azad_u_is_wide(int32_t c) {
    int32_t width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH;
}

int azad_u_is_hangul_medial_or_final(int32_t c) {
    int32_t type = u_getIntPropertyValue(c, UCHAR_HANGUL_SYLLABLE_TYPE);
    return type == U_HST_VOWEL_JAMO || type == U_HST_TRAILING_JAMO;
}

int azad_u_is_mark_or_format(int32_t c) {
    int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR;
}

int azad_u_is_nonspacing_mark(int32_t c) {
    int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
}

int azad_u_is_prepended_concatenation_mark(int32_t c) {
    return u_hasBinaryProperty(c, UCHAR_PREPENDED_CONCATENATION_MARK);
}

int azad_u_is_extended_pictographic(int32_t c) {
    return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC);
}

int azad_u_is_assigned(int32_t c) { return u_charType(c) != U_UNASSIGNED; }

int32_t azad_u_char_age(int32_t c) {
    UVersionInfo age;
    u_charAge(c, age);
    return age[0] * 100 + age[1];
}

int azad_u_is_bidi_invisible(int32_t c) {
    UCharDirection direction = u_charDirection(c);
    return direction == U_BOUNDARY_NEUTRAL || c == 0x200E || c == 0x200F || c == 0x061C;
}

int azad_u_strong_direction(int32_t c) {
    UCharDirection direction = u_charDirection(c);
    if (direction == U_LEFT_TO_RIGHT) return 1;
    if (direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC) return 2;
    return 0;
}

int32_t azad_u_char_mirror(int32_t c) { return u_charMirror(c); }

void *azad_ubidi_open(void) { return ubidi_open(); }

void azad_ubidi_close(void *bidi) { ubidi_close((UBiDi *)bidi); }

int32_t azad_ubidi_set_para(void *bidi, const uint16_t *text, int32_t length, int32_t level) {
    UErrorCode status = U_ZERO_ERROR;
    UBiDiLevel paraLevel = level == -1 ? UBIDI_DEFAULT_LTR : level == -2 ? UBIDI_DEFAULT_RTL : (UBiDiLevel)level;
    ubidi_setPara((UBiDi *)bidi, (const UChar *)text, length, paraLevel, NULL, &status);
    return status;
}

int32_t azad_ubidi_get_para_level(void *bidi) { return ubidi_getParaLevel((UBiDi *)bidi); }

int32_t azad_ubidi_get_levels(void *bidi, uint8_t *levels, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    const UBiDiLevel *source = ubidi_getLevels((UBiDi *)bidi, &status);
    if (U_FAILURE(status)) return status;
    for (int32_t i = 0; i < length; i++) levels[i] = source[i];
    return status;
}

int32_t azad_ubidi_get_visual_map(void *bidi, int32_t *map) {
    UErrorCode status = U_ZERO_ERROR;
    ubidi_getVisualMap((UBiDi *)bidi, map, &status);
    return status;
}

int32_t azad_u_shape_arabic_letters(const uint16_t *source, int32_t length, uint16_t *dest,
                                                  int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t written = u_shapeArabic((const UChar *)source, length, (UChar *)dest, length,
                                    U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL |
                                        U_SHAPE_LENGTH_FIXED_SPACES_NEAR,
                                    &error);
    *status = error;
    return written;
}

void *azad_ubrk_open_line(const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, "", (const UChar *)text, length, &error);
    *status = error;
    return iterator;
}

void azad_ubrk_close(void *iterator) { ubrk_close((UBreakIterator *)iterator); }

int32_t azad_ubrk_next(void *iterator) { return ubrk_next((UBreakIterator *)iterator); }

int azad_u_failure(int32_t code) { return code > U_ZERO_ERROR; }


int azad_u_joining_type(int32_t c) {
    switch (u_getIntPropertyValue(c, UCHAR_JOINING_TYPE)) {
    case U_JT_DUAL_JOINING: return 1;
    case U_JT_RIGHT_JOINING: return 2;
    case U_JT_LEFT_JOINING: return 3;
    case U_JT_JOIN_CAUSING: return 4;
    case U_JT_TRANSPARENT: return 5;
    default: return 0;
    }
}

int azad_u_arabic_form(int32_t c) {
    switch (u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE)) {
    case U_DT_ISOLATED: return 1;
    case U_DT_FINAL: return 2;
    case U_DT_INITIAL: return 3;
    case U_DT_MEDIAL: return 4;
    default: return 0;
    }
}
