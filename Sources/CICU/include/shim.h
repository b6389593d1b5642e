#ifndef AZAD_CICU_SHIM_H
#define AZAD_CICU_SHIM_H

// The few ICU calls azad makes, with plain C types only. Foundation bundles its own, newer ICU
// headers; a Swift module that sees both refuses the enums they define differently, so ICU's
// headers are included by `shim.c` alone and Swift sees `void *` for ICU objects and `int32_t` for
// code points, statuses and enum values. The wrappers also keep ICU's version suffix
// (ubidi_open → ubidi_open_72, done by macros Swift cannot expand) out of Swift.

#include <stdint.h>

// MARK: Character properties

/// The character is East Asian wide or fullwidth (two terminal columns).
int azad_u_is_wide(int32_t c);
/// The character is a Hangul medial vowel or final consonant jamo (drawn on the preceding cell).
int azad_u_is_hangul_medial_or_final(int32_t c);
/// The general category is Mn, Me or Cf: no column of its own.
int azad_u_is_mark_or_format(int32_t c);
/// A nonspacing or enclosing mark, which a terminal attaches to the cell before it.
int azad_u_is_nonspacing_mark(int32_t c);
/// Prepended concatenation marks (Arabic number signs) are format characters a terminal draws.
int azad_u_is_prepended_concatenation_mark(int32_t c);
/// Extended_Pictographic: an emoji base, whose ZWJ sequences must stay whole.
int azad_u_is_extended_pictographic(int32_t c);
/// The character is assigned in ICU's Unicode version.
int azad_u_is_assigned(int32_t c);
/// The Unicode version (major * 100 + minor) that assigned the character, 0 if unassigned.
int32_t azad_u_char_age(int32_t c);
/// The bidi class is BN or an explicit mark (LRM, RLM, ALM): invisible once reordered.
int azad_u_is_bidi_invisible(int32_t c);
/// The bidi class is L (1), R or AL (2), or neither (0): the first strong character sets direction.
int azad_u_strong_direction(int32_t c);
/// Version-free `u_charMirror`: the mirror image of a bracket in a right-to-left run.
int32_t azad_u_char_mirror(int32_t c);

/// The joining type: 0 non-joining, 1 dual, 2 right, 3 left, 4 join-causing, 5 transparent.
int azad_u_joining_type(int32_t c);
/// For an Arabic presentation form, which form it is: 1 isolated, 2 final, 3 initial, 4 medial; else 0.
int azad_u_arabic_form(int32_t c);

// MARK: Bidi

/// Version-free `ubidi_open`.
void *azad_ubidi_open(void);
/// Version-free `ubidi_close`.
void azad_ubidi_close(void *bidi);
/// Version-free `ubidi_setPara`. `level` is 0 or 1, or -1 for "first strong character, else LTR"
/// and -2 for "first strong character, else RTL" (`UBIDI_DEFAULT_*` are macros).
int32_t azad_ubidi_set_para(void *bidi, const uint16_t *text, int32_t length, int32_t level);
/// Version-free `ubidi_getParaLevel`.
int32_t azad_ubidi_get_para_level(void *bidi);
/// Version-free `ubidi_getLevels`, copied into `levels` (one per UTF-16 unit).
int32_t azad_ubidi_get_levels(void *bidi, uint8_t *levels, int32_t length);
/// Version-free `ubidi_getVisualMap`: for each visual position, its logical UTF-16 index.
int32_t azad_ubidi_get_visual_map(void *bidi, int32_t *map);

// MARK: Shaping

/// Version-free `u_shapeArabic` with the options azad shapes with (they are macros): letters to
/// presentation forms in logical order, a lam-alef ligature leaving a space beside it so the length
/// stays fixed and every position keeps its source.
int32_t azad_u_shape_arabic_letters(const uint16_t *source, int32_t length, uint16_t *dest,
                                                  int32_t *status);

// MARK: Line breaks

/// Version-free `ubrk_open` for line breaks in the root locale.
void *azad_ubrk_open_line(const uint16_t *text, int32_t length, int32_t *status);
/// Version-free `ubrk_close`.
void azad_ubrk_close(void *iterator);
/// Version-free `ubrk_next`; -1 (`UBRK_DONE`) at the end.
int32_t azad_ubrk_next(void *iterator);
/// Whether an ICU status is a failure; `U_FAILURE` is a macro.
int azad_u_failure(int32_t code);

#endif
