// poppler-glib is included here alone; see include/shim.h for why.
#include "shim.h"

#include <poppler.h>
#include <stdlib.h>
#include <string.h>

void *azad_pdf_open(const void *bytes, size_t length, int *status, char **message) {
    *status = AZAD_PDF_OK;
    *message = NULL;
    GBytes *data = g_bytes_new(bytes, length);
    GError *error = NULL;
    PopplerDocument *document = poppler_document_new_from_bytes(data, NULL, &error);
    // The document holds its own reference to the bytes.
    g_bytes_unref(data);
    if (document != NULL) return document;
    *status = AZAD_PDF_DAMAGED;
    if (error != NULL) {
        if (error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED) {
            *status = AZAD_PDF_ENCRYPTED;
        }
        *message = strdup(error->message);
        g_error_free(error);
    }
    return NULL;
}

int azad_pdf_page_count(void *document) {
    return poppler_document_get_n_pages(POPPLER_DOCUMENT(document));
}

/// Growing arrays of characters and their boxes.
typedef struct {
    unsigned int *scalars;
    double *boxes;
    size_t count;
    size_t capacity;
} glyphs;

static int glyphs_append(glyphs *list, gunichar scalar, const PopplerRectangle *box) {
    if (list->count == list->capacity) {
        size_t capacity = list->capacity == 0 ? 256 : list->capacity * 2;
        unsigned int *scalars = realloc(list->scalars, sizeof(unsigned int) * capacity);
        if (scalars == NULL) return 0;
        list->scalars = scalars;
        double *boxes = realloc(list->boxes, sizeof(double) * 4 * capacity);
        if (boxes == NULL) return 0;
        list->boxes = boxes;
        list->capacity = capacity;
    }
    list->scalars[list->count] = scalar;
    double *out = list->boxes + 4 * list->count;
    out[0] = box->x1;
    out[1] = box->y1;
    out[2] = box->x2;
    out[3] = box->y2;
    list->count++;
    return 1;
}

/// Adds the characters of one selection when its text (bidi embedding controls aside, which have no
/// boxes) and its boxes are as many; a selection where they differ cannot be paired and is skipped.
static void select_area(PopplerPage *page, PopplerRectangle *area, glyphs *list) {
    char *text = poppler_page_get_text_for_area(page, area);
    PopplerRectangle *boxes = NULL;
    guint count = 0;
    gboolean found = poppler_page_get_text_layout_for_area(page, area, &boxes, &count);
    gunichar *scalars = text == NULL ? NULL : g_utf8_to_ucs4(text, -1, NULL, NULL, NULL);
    if (found && scalars != NULL) {
        size_t kept = 0;
        for (size_t i = 0; scalars[i] != 0; i++) {
            if (scalars[i] < 0x202A || scalars[i] > 0x202E) kept++;
        }
        if (kept == count) {
            size_t box = 0;
            for (size_t i = 0; scalars[i] != 0; i++) {
                if (scalars[i] >= 0x202A && scalars[i] <= 0x202E) continue;
                if (!glyphs_append(list, scalars[i], &boxes[box])) break;
                box++;
            }
        }
    }
    g_free(scalars);
    g_free(boxes);
    g_free(text);
}

/// Whether a glyph found so far stands in `band`: its line was in one of the whole-page selections.
static int covered(const glyphs *list, const cairo_rectangle_int_t *band) {
    for (size_t i = 0; i < list->count; i++) {
        const double *box = list->boxes + 4 * i;
        double x = (box[0] + box[2]) / 2, y = (box[1] + box[3]) / 2;
        if (x >= band->x && x <= band->x + band->width && y >= band->y && y <= band->y + band->height) return 1;
    }
    return 0;
}

size_t azad_pdf_page_glyphs(void *document, int index, unsigned int **scalars, double **boxes) {
    *scalars = NULL;
    *boxes = NULL;
    PopplerPage *page = poppler_document_get_page(POPPLER_DOCUMENT(document), index);
    if (page == NULL) return 0;
    double width = 0, height = 0;
    poppler_page_get_size(page, &width, &height);
    glyphs list = {NULL, NULL, 0, 0};
    PopplerRectangle fromRight = {width + 10, -10, -10, height + 10};
    PopplerRectangle fromLeft = {-10, -10, width + 10, height + 10};
    select_area(page, &fromRight, &list);
    select_area(page, &fromLeft, &list);
    PopplerRectangle all = {0, 0, width, height};
    cairo_region_t *region = poppler_page_get_selected_region(page, 1.0, POPPLER_SELECTION_LINE, &all);
    if (region != NULL) {
        int bands = cairo_region_num_rectangles(region);
        for (int i = 0; i < bands; i++) {
            cairo_rectangle_int_t band;
            cairo_region_get_rectangle(region, i, &band);
            if (covered(&list, &band)) continue;
            PopplerRectangle right = {band.x + band.width, band.y + 1, band.x, band.y + band.height - 1};
            PopplerRectangle left = {band.x, band.y + 1, band.x + band.width, band.y + band.height - 1};
            select_area(page, &right, &list);
            select_area(page, &left, &list);
        }
        cairo_region_destroy(region);
    }
    g_object_unref(page);
    if (list.count == 0) {
        free(list.scalars);
        free(list.boxes);
        return 0;
    }
    *scalars = list.scalars;
    *boxes = list.boxes;
    return list.count;
}

void azad_pdf_close(void *document) {
    g_object_unref(document);
}

void azad_pdf_free(void *pointer) {
    free(pointer);
}
