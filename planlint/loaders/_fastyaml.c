/* The common case of planlint's YAML loading, in C: libyaml's events become plain data
 * (dicts, lists, str and the values of typed plain scalars) and a Spans table (JSON
 * pointer -> (line, column, end_line, end_column), from 1) with no Python object per
 * event. The table keeps each value's pointer as its container's and one segment (a key
 * or an index), so its size grows with the file's, however long the keys and deep the
 * nesting; a pointer's text is made only when asked for. It is indexed by container and
 * segment under SipHash-1-3 with a key drawn at import, as Python's dicts hash text, so
 * that keys written to share a hash cannot make its inserts and look-ups quadratic.
 *
 * It builds exactly what planlint/loaders/yaml.py's _Builder builds, and only where that
 * is simple: on anything else (an anchor, an alias, a tag other than "!", a key that is
 * not text or that repeats, a merge key, a second document, nesting or size past the
 * limits or a path of keys past max_key_path, a parse error) build() returns None, "not mine", and the caller loads the file
 * with the Python builder, which reports what it must. Plain scalars that may be typed
 * are resolved by a Python callable, once for each distinct text.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <yaml.h>
#include <stdint.h>
#include <string.h>

#define OK 1
#define DECLINE 0
#define FAILED (-1)

#define NO_NAME UINT32_MAX

/* A value's pointer, as its container's (parent) and one segment of Spans.segments
 * (its key, escaped as RFC 6901 asks, or its index), with the hash of that pair
 * (hash_of), the length of the pointer's text and the value's span, from 1 (line 0:
 * none yet). */
typedef struct {
    uint64_t hash;
    uint32_t parent, segment, length, size;
    uint32_t line, column, end_line, end_column;
} Name;

/* The spans of one document: its names, those with a span in the order their spans were
 * added (the order of the Python builder's dict), and an open-addressing index of the
 * names by container and segment (slot = name + 1, 0 = empty). */
typedef struct {
    PyObject_HEAD
    Name *names;
    uint32_t n_names, names_cap;
    uint32_t *order;
    uint32_t n_order, order_cap;
    uint32_t *index;
    size_t index_cap;
    char *segments;
    size_t n_segments, segments_cap;
} Spans;

static PyTypeObject SpansType;

/* A list or mapping being built. Its value is owned by its container (or is the root). */
typedef struct {
    PyObject *value;
    int is_map;
    uint32_t name;            /* its name in the Spans table */
    size_t line, column;      /* where its span starts (a mapping entry: at its key) */
    PyObject *key;            /* a mapping's key awaiting its value (owned), or NULL */
    size_t key_line, key_column;
    uint32_t key_segment, key_length;  /* that key's segment */
} Frame;

typedef struct {
    yaml_parser_t parser;
    Frame *stack;
    int depth, max_depth;
    Py_ssize_t nodes, max_nodes;
    size_t max_key_path;
    Spans *spans;
    PyObject *root, *cache, *resolve, *decline;
    unsigned char typed_first[128];
} State;

/* SipHash-1-3's key, drawn at import: which segments share a slot is not known to
 * whoever writes the file. */
static uint64_t sip_key[2];

#define ROTATE(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIP_ROUND(v0, v1, v2, v3) do { \
        v0 += v1; v1 = ROTATE(v1, 13); v1 ^= v0; v0 = ROTATE(v0, 32); \
        v2 += v3; v3 = ROTATE(v3, 16); v3 ^= v2; \
        v0 += v3; v3 = ROTATE(v3, 21); v3 ^= v0; \
        v2 += v1; v1 = ROTATE(v1, 17); v1 ^= v2; v2 = ROTATE(v2, 32); \
    } while (0)

/* SipHash-1-3 (as Python hashes text) of a container's name and a segment's bytes. */
static uint64_t hash_of(uint32_t parent, const char *bytes, size_t length) {
    uint64_t v0 = sip_key[0] ^ 0x736f6d6570736575ULL, v1 = sip_key[1] ^ 0x646f72616e646f6dULL,
             v2 = sip_key[0] ^ 0x6c7967656e657261ULL, v3 = sip_key[1] ^ 0x7465646279746573ULL;
    uint64_t m = parent;  /* the parent first, as a word of its own */
    v3 ^= m;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= m;
    size_t whole = length & ~(size_t)7;
    for (size_t i = 0; i < whole; i += 8) {
        m = 0;
        for (int b = 0; b < 8; b++)
            m |= (uint64_t)(unsigned char)bytes[i + b] << (8 * b);
        v3 ^= m;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    m = (uint64_t)(length + 8) << 56;  /* the message's length (word and segment) ends it */
    for (size_t b = 0; b < (length & 7); b++)
        m |= (uint64_t)(unsigned char)bytes[whole + b] << (8 * b);
    v3 ^= m;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= m;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

/* Room for more items in an array of cap items (a 32-bit count). */
static int grow(void **array, uint32_t *cap, uint32_t count, size_t item) {
    if (count < *cap)
        return OK;
    if (count >= UINT32_MAX / 2)
        return DECLINE;
    uint32_t more = *cap ? *cap * 2 : 64;
    void *grown = PyMem_Realloc(*array, (size_t)more * item);
    if (grown == NULL) {
        PyErr_NoMemory();
        return FAILED;
    }
    *array = grown;
    *cap = more;
    return OK;
}

/* Append a segment: a key escaped as RFC 6901 asks ("~" -> "~0", "/" -> "~1"), or an
 * index in decimal; *at and *length say where it is. */
static int add_segment(Spans *t, const unsigned char *key, size_t len, Py_ssize_t index,
                       uint32_t *at, uint32_t *length) {
    size_t most = key != NULL ? 2 * len + 1 : 24;
    if (t->n_segments + most > t->segments_cap) {
        size_t cap = (t->n_segments + most) * 2;
        if (cap > UINT32_MAX)
            return DECLINE;
        char *grown = PyMem_Realloc(t->segments, cap);
        if (grown == NULL) {
            PyErr_NoMemory();
            return FAILED;
        }
        t->segments = grown;
        t->segments_cap = cap;
    }
    char *out = t->segments + t->n_segments;
    if (key == NULL) {
        out += sprintf(out, "%zd", index);
    } else {
        for (size_t i = 0; i < len; i++) {
            if (key[i] == '~' || key[i] == '/') {
                *out++ = '~';
                *out++ = key[i] == '~' ? '0' : '1';
            } else {
                *out++ = (char)key[i];
            }
        }
    }
    *at = (uint32_t)t->n_segments;
    *length = (uint32_t)(out - t->segments - t->n_segments);
    t->n_segments = (size_t)(out - t->segments);
    return OK;
}

static void place_in_index(Spans *t, uint32_t name) {
    size_t mask = t->index_cap - 1, slot = (size_t)t->names[name].hash & mask;
    while (t->index[slot])
        slot = (slot + 1) & mask;
    t->index[slot] = name + 1;
}

/* A new name under parent (NO_NAME: the root, "") with a segment, in *name; the names
 * under a parent are indexed (the root, which has none, is always name 0). */
static int add_name(Spans *t, uint32_t parent, uint32_t segment, uint32_t length,
                    uint32_t *name) {
    int status = grow((void **)&t->names, &t->names_cap, t->n_names, sizeof(Name));
    if (status != OK)
        return status;
    if (parent != NO_NAME && 2 * ((size_t)t->n_names + 1) > t->index_cap) {  /* half full */
        size_t cap = t->index_cap ? t->index_cap * 2 : 128;
        uint32_t *index = PyMem_Calloc(cap, sizeof(uint32_t));
        if (index == NULL) {
            PyErr_NoMemory();
            return FAILED;
        }
        PyMem_Free(t->index);
        t->index = index;
        t->index_cap = cap;
        for (uint32_t i = 1; i < t->n_names; i++)
            place_in_index(t, i);
    }
    Name *n = &t->names[t->n_names];
    memset(n, 0, sizeof *n);
    n->parent = parent;
    n->segment = segment;
    n->length = length;
    if (parent != NO_NAME)
        n->size = t->names[parent].size + 1 + length;  /* bounded: see on_scalar */
    *name = t->n_names++;
    if (parent != NO_NAME) {
        n->hash = hash_of(parent, t->segments + segment, length);
        place_in_index(t, *name);
    }
    return OK;
}

/* The name under parent whose segment is the text (bytes, length), or NO_NAME. */
static uint32_t child(const Spans *t, uint32_t parent, const char *bytes, size_t length) {
    if (t->index_cap == 0)
        return NO_NAME;
    uint64_t hash = hash_of(parent, bytes, length);
    size_t mask = t->index_cap - 1;
    for (size_t slot = (size_t)hash & mask; t->index[slot]; slot = (slot + 1) & mask) {
        const Name *n = &t->names[t->index[slot] - 1];
        if (n->hash == hash && n->parent == parent && n->length == length
                && memcmp(t->segments + n->segment, bytes, length) == 0)
            return t->index[slot] - 1;
    }
    return NO_NAME;
}

/* A name's span (line, column) to end, counted from 0 as libyaml counts; each pointer is
 * given one span (a value is placed once). */
static int add_span(Spans *t, uint32_t name, size_t line, size_t column, yaml_mark_t end) {
    if (line >= UINT32_MAX || column >= UINT32_MAX || end.line >= UINT32_MAX
            || end.column >= UINT32_MAX)
        return DECLINE;
    int status = grow((void **)&t->order, &t->order_cap, t->n_order, sizeof(uint32_t));
    if (status != OK)
        return status;
    Name *n = &t->names[name];
    n->line = (uint32_t)line + 1;
    n->column = (uint32_t)column + 1;
    n->end_line = (uint32_t)end.line + 1;
    n->end_column = (uint32_t)end.column + 1;
    t->order[t->n_order++] = name;
    return OK;
}

/* A plain scalar's text that an implicit type may read as something else: empty, or
 * starting with a character in the resolver's table (the _MAYBE_TYPED of yaml.py). */
static int maybe_typed(State *s, const yaml_event_t *e) {
    size_t len = e->data.scalar.length;
    unsigned char first = len ? e->data.scalar.value[0] : 0;
    return e->data.scalar.plain_implicit && (len == 0 || (first < 128 && s->typed_first[first]));
}

/* The value of a scalar event in *out (a new reference). A text that may be typed is
 * resolved by the Python callable, once for each distinct text; it declines what the
 * Python builder would report or treat specially (a bad number, a merge key, a tag). */
static int scalar_value(State *s, const yaml_event_t *e, PyObject **out) {
    PyObject *text = PyUnicode_DecodeUTF8((const char *)e->data.scalar.value,
                                          (Py_ssize_t)e->data.scalar.length, NULL);
    if (text == NULL)
        return FAILED;
    if (!maybe_typed(s, e)) {
        *out = text;
        return OK;
    }
    PyObject *known = PyDict_GetItemWithError(s->cache, text);  /* borrowed */
    if (known == NULL) {
        if (PyErr_Occurred()) {
            Py_DECREF(text);
            return FAILED;
        }
        known = PyObject_CallOneArg(s->resolve, text);
        if (known == NULL || PyDict_SetItem(s->cache, text, known) < 0) {
            Py_XDECREF(known);
            Py_DECREF(text);
            return FAILED;
        }
        Py_DECREF(known);  /* the cache holds it */
    }
    Py_DECREF(text);
    if (known == s->decline)
        return DECLINE;
    Py_INCREF(known);
    *out = known;
    return OK;
}

/* Put a finished value (a new reference, always consumed) where it belongs: as an item
 * of a list, or as the value of the key awaiting it (declined when the mapping has that
 * key already: the Python builder reports it), under a new name, in *name. The span runs
 * from (line, column) to end; for a mapping entry, from its key's start. An end on line
 * (size_t)-1 adds no span: a list or mapping has its span added as it closes. */
static int place(State *s, Frame *top, PyObject *value, size_t line, size_t column,
                 yaml_mark_t end, uint32_t *name) {
    int status = OK;
    uint32_t segment = top->key_segment, length = top->key_length;
    if (!top->is_map) {
        status = add_segment(s->spans, NULL, 0, PyList_GET_SIZE(top->value), &segment,
                             &length);
        if (status == OK && PyList_Append(top->value, value) < 0)
            status = FAILED;
    } else {
        Py_ssize_t size = PyDict_GET_SIZE(top->value);
        if (PyDict_SetItem(top->value, top->key, value) < 0)
            status = FAILED;
        else if (PyDict_GET_SIZE(top->value) == size)
            status = DECLINE;  /* a duplicate key */
        Py_CLEAR(top->key);
    }
    Py_DECREF(value);
    if (status == OK)
        status = add_name(s->spans, top->name, segment, length, name);
    if (status == OK && end.line != (size_t)-1)
        status = add_span(s->spans, *name, line, column, end);
    return status;
}

/* The root value (a new reference, kept in State.root), named "". */
static int place_root(State *s, PyObject *value, uint32_t *name) {
    s->root = value;
    return add_name(s->spans, NO_NAME, 0, 0, name);
}

static int on_scalar(State *s, const yaml_event_t *e) {
    const char *tag = (const char *)e->data.scalar.tag;
    if (e->data.scalar.anchor != NULL || (tag != NULL && strcmp(tag, "!") != 0))
        return DECLINE;
    if (++s->nodes > s->max_nodes)
        return DECLINE;
    PyObject *value;
    int status = scalar_value(s, e, &value);
    if (status != OK)
        return status;
    uint32_t name;
    if (s->depth == 0) {  /* the whole document is this scalar */
        status = place_root(s, value, &name);
        return status != OK ? status
            : add_span(s->spans, name, e->start_mark.line, e->start_mark.column, e->end_mark);
    }
    Frame *top = &s->stack[s->depth - 1];
    if (top->is_map && top->key == NULL) {
        /* a key: text only, whose path the Python builder takes (it counts characters,
         * not bytes); its segment is added now, for its value */
        if (!PyUnicode_CheckExact(value) || s->spans->names[top->name].size
                + e->data.scalar.length >= s->max_key_path) {
            Py_DECREF(value);
            return DECLINE;
        }
        top->key = value;
        top->key_line = e->start_mark.line;
        top->key_column = e->start_mark.column;
        return add_segment(s->spans, e->data.scalar.value, e->data.scalar.length, 0,
                           &top->key_segment, &top->key_length);
    }
    if (top->is_map)
        return place(s, top, value, top->key_line, top->key_column, e->end_mark, &name);
    return place(s, top, value, e->start_mark.line, e->start_mark.column, e->end_mark, &name);
}

static int on_open(State *s, const yaml_event_t *e, int is_map) {
    const void *anchor = is_map ? e->data.mapping_start.anchor : e->data.sequence_start.anchor;
    const void *tag = is_map ? e->data.mapping_start.tag : e->data.sequence_start.tag;
    if (anchor != NULL || tag != NULL || s->depth >= s->max_depth)
        return DECLINE;
    if (++s->nodes > s->max_nodes)
        return DECLINE;
    PyObject *value = is_map ? PyDict_New() : PyList_New(0);
    if (value == NULL)
        return FAILED;
    Frame *frame = &s->stack[s->depth];
    frame->value = value;
    frame->is_map = is_map;
    frame->key = NULL;
    frame->line = e->start_mark.line;
    frame->column = e->start_mark.column;
    int status;
    if (s->depth == 0) {
        status = place_root(s, value, &frame->name);
    } else {
        Frame *top = &s->stack[s->depth - 1];
        if (top->is_map && top->key == NULL) {  /* a collection as a key */
            Py_DECREF(value);
            return DECLINE;
        }
        if (top->is_map) {
            frame->line = top->key_line;
            frame->column = top->key_column;
        }
        /* In its container from now on (the container owns it); its span is added
         * when it closes, after those of its contents, as the Python builder does. */
        yaml_mark_t no_span = {0, (size_t)-1, 0};
        status = place(s, top, value, 0, 0, no_span, &frame->name);
    }
    if (status == OK)
        s->depth++;
    return status;
}

static int on_close(State *s, const yaml_event_t *e) {
    /* The end must close what is open: libyaml before 0.2.6 (which PyYAML may not use)
     * ends "[?]" with no mapping end, and what the events build must not depend on it. */
    if (s->depth == 0 || s->stack[s->depth - 1].is_map != (e->type == YAML_MAPPING_END_EVENT))
        return DECLINE;
    Frame *done = &s->stack[--s->depth];
    Py_CLEAR(done->key);  /* none awaits a value once libyaml closes a mapping */
    return add_span(s->spans, done->name, done->line, done->column, e->end_mark);
}

static int walk(State *s) {
    int documents = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&s->parser, &event))
            return DECLINE;  /* the Python builder reports the error, and salvages */
        int status = OK, end = 0;
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            end = 1;
            if (s->depth != 0)  /* a list or mapping left open: not the events expected */
                status = DECLINE;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++documents > 1)
                status = DECLINE;
            break;
        case YAML_ALIAS_EVENT:
            status = DECLINE;
            break;
        case YAML_SCALAR_EVENT:
            status = on_scalar(s, &event);
            break;
        case YAML_SEQUENCE_START_EVENT:
            status = on_open(s, &event, 0);
            break;
        case YAML_MAPPING_START_EVENT:
            status = on_open(s, &event, 1);
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            status = on_close(s, &event);
            break;
        default:  /* the stream's start, a document's end */
            break;
        }
        yaml_event_delete(&event);
        if (status != OK || end)
            return status;
    }
}

/* A span as Python's (line, column, end_line, end_column). */
static PyObject *span_of(const Name *n) {
    return Py_BuildValue("(kkkk)", (unsigned long)n->line, (unsigned long)n->column,
                         (unsigned long)n->end_line, (unsigned long)n->end_column);
}

/* A name's pointer as text. */
static PyObject *pointer_of(const Spans *t, uint32_t name) {
    size_t length = 0;
    for (uint32_t at = name; t->names[at].parent != NO_NAME; at = t->names[at].parent)
        length += (size_t)t->names[at].length + 1;
    char *text = PyMem_Malloc(length + 1);
    if (text == NULL)
        return PyErr_NoMemory();
    size_t end = length;
    for (uint32_t at = name; t->names[at].parent != NO_NAME; at = t->names[at].parent) {
        const Name *n = &t->names[at];
        end -= n->length;
        memcpy(text + end, t->segments + n->segment, n->length);
        text[--end] = '/';
    }
    PyObject *pointer = PyUnicode_DecodeUTF8(text, (Py_ssize_t)length, NULL);
    PyMem_Free(text);
    return pointer;
}

PyDoc_STRVAR(find_doc,
"find(pointer)\n--\n\n"
"(pointer, span) of the nearest of pointer and its ancestors that has a span, or None.");

static PyObject *Spans_find(Spans *self, PyObject *pointer) {
    if (!PyUnicode_Check(pointer)) {
        PyErr_SetString(PyExc_TypeError, "find() takes a str");
        return NULL;
    }
    Py_ssize_t size;
    PyObject *encoded = NULL;  /* a pointer with a lone surrogate, which no span has */
    const char *bytes = PyUnicode_AsUTF8AndSize(pointer, &size);
    if (bytes == NULL) {
        PyErr_Clear();
        encoded = PyUnicode_AsEncodedString(pointer, "utf-8", "surrogatepass");
        if (encoded == NULL)
            return NULL;
        bytes = PyBytes_AS_STRING(encoded);
        size = PyBytes_GET_SIZE(encoded);
    }
    /* From the root (name 0, ""), down the pointer's segments while the table has them,
     * keeping the deepest with a span: every pointer of the table is "" or starts with
     * "/", so of any other only "" is an ancestor that it has. */
    uint32_t found = NO_NAME, at = self->n_names ? 0 : NO_NAME;
    size_t found_length = 0;
    for (size_t start = 0; at != NO_NAME;) {
        if (self->names[at].line != 0) {
            found = at;
            found_length = start;
        }
        if (start == (size_t)size || bytes[start] != '/')
            break;
        const char *slash = memchr(bytes + start + 1, '/', (size_t)size - start - 1);
        size_t end = slash != NULL ? (size_t)(slash - bytes) : (size_t)size;
        at = child(self, at, bytes + start + 1, end - start - 1);
        start = end;
    }
    PyObject *result = NULL;
    if (found == NO_NAME) {
        result = Py_NewRef(Py_None);
    } else {
        PyObject *text = found_length == (size_t)size ? Py_NewRef(pointer)
            : PyUnicode_DecodeUTF8(bytes, (Py_ssize_t)found_length, "surrogatepass");
        PyObject *span = text != NULL ? span_of(&self->names[found]) : NULL;
        if (span != NULL)
            result = PyTuple_Pack(2, text, span);
        Py_XDECREF(text);
        Py_XDECREF(span);
    }
    Py_XDECREF(encoded);
    return result;
}

PyDoc_STRVAR(to_dict_doc,
"to_dict()\n--\n\n"
"Every pointer's span, in the order the Python builder adds them.");

static PyObject *Spans_to_dict(Spans *self, PyObject *unused) {
    (void)unused;
    PyObject *spans = PyDict_New();
    for (uint32_t i = 0; spans != NULL && i < self->n_order; i++) {
        uint32_t name = self->order[i];
        PyObject *pointer = pointer_of(self, name);
        PyObject *span = pointer != NULL ? span_of(&self->names[name]) : NULL;
        if (span == NULL || PyDict_SetItem(spans, pointer, span) < 0)
            Py_CLEAR(spans);
        Py_XDECREF(pointer);
        Py_XDECREF(span);
    }
    return spans;
}

static Py_ssize_t Spans_len(Spans *self) {
    return (Py_ssize_t)self->n_order;
}

static void Spans_dealloc(Spans *self) {
    PyMem_Free(self->names);
    PyMem_Free(self->order);
    PyMem_Free(self->index);
    PyMem_Free(self->segments);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyMethodDef spans_methods[] = {
    {"find", (PyCFunction)Spans_find, METH_O, find_doc},
    {"to_dict", (PyCFunction)Spans_to_dict, METH_NOARGS, to_dict_doc},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods spans_sequence = {.sq_length = (lenfunc)Spans_len};

static PyTypeObject SpansType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "planlint.loaders._fastyaml.Spans",
    .tp_doc = PyDoc_STR("The spans of a document built in C, by JSON pointer."),
    .tp_basicsize = sizeof(Spans),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_dealloc = (destructor)Spans_dealloc,
    .tp_methods = spans_methods,
    .tp_as_sequence = &spans_sequence,
};

PyDoc_STRVAR(build_doc,
"build(text, resolve, decline, typed_first, max_depth, max_nodes, max_key_path)\n--\n\n"
"(data, spans) of YAML text, or None when the Python builder must load it.");

static PyObject *build(PyObject *module, PyObject *args) {
    PyObject *text, *resolve, *decline, *typed_first;
    int max_depth;
    Py_ssize_t max_nodes, max_key_path;
    (void)module;
    if (!PyArg_ParseTuple(args, "UOOUinn:build", &text, &resolve, &decline, &typed_first,
                          &max_depth, &max_nodes, &max_key_path))
        return NULL;
    Py_ssize_t size;
    const char *utf8 = PyUnicode_AsUTF8AndSize(text, &size);
    if (utf8 == NULL) {  /* a lone surrogate: the Python path says what it says */
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    State s;
    memset(&s, 0, sizeof s);
    s.max_depth = max_depth > 0 ? max_depth : 1;
    s.max_nodes = max_nodes;
    s.max_key_path = max_key_path > 0 ? (size_t)max_key_path : 0;
    s.resolve = resolve;
    s.decline = decline;
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(typed_first); i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(typed_first, i);
        if (c < 128)
            s.typed_first[c] = 1;
    }
    s.stack = PyMem_Calloc((size_t)s.max_depth, sizeof(Frame));
    s.spans = PyObject_New(Spans, &SpansType);
    if (s.spans != NULL)
        memset((char *)s.spans + sizeof(PyObject), 0, sizeof(Spans) - sizeof(PyObject));
    s.cache = PyDict_New();
    int status = FAILED;
    if (s.stack == NULL || s.spans == NULL || s.cache == NULL) {
        if (s.stack == NULL)
            PyErr_NoMemory();
    } else if (!yaml_parser_initialize(&s.parser)) {
        PyErr_NoMemory();
    } else {
        yaml_parser_set_input_string(&s.parser, (const unsigned char *)utf8, (size_t)size);
        status = walk(&s);
        yaml_parser_delete(&s.parser);
    }
    for (int i = 0; s.stack != NULL && i < s.max_depth; i++)
        Py_CLEAR(s.stack[i].key);  /* keys still awaiting a value, where it stopped */
    PyMem_Free(s.stack);
    Py_XDECREF(s.cache);
    PyObject *result = NULL;
    if (status == OK) {
        PyObject *root = s.root != NULL ? s.root : Py_None;
        result = PyTuple_Pack(2, root, (PyObject *)s.spans);
    } else if (status == DECLINE) {
        result = Py_NewRef(Py_None);
    }
    Py_XDECREF(s.root);
    Py_XDECREF(s.spans);
    return result;
}

static PyMethodDef methods[] = {
    {"build", build, METH_VARARGS, build_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "planlint.loaders._fastyaml",
    "planlint's YAML loading for the common case, in C (see yaml.py).", -1, methods,
    NULL, NULL, NULL, NULL,
};

/* Draw SipHash's key from the system's random source. */
static int draw_key(void) {
    PyObject *os = PyImport_ImportModule("os");
    PyObject *drawn = os != NULL ? PyObject_CallMethod(os, "urandom", "i", 16) : NULL;
    Py_XDECREF(os);
    if (drawn == NULL)
        return -1;
    if (!PyBytes_Check(drawn) || PyBytes_GET_SIZE(drawn) != sizeof sip_key) {
        Py_DECREF(drawn);
        PyErr_SetString(PyExc_RuntimeError, "os.urandom(16) gave no 16 bytes");
        return -1;
    }
    memcpy(sip_key, PyBytes_AS_STRING(drawn), sizeof sip_key);
    Py_DECREF(drawn);
    return 0;
}

PyMODINIT_FUNC PyInit__fastyaml(void) {
    if (PyType_Ready(&SpansType) < 0 || draw_key() < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m != NULL && PyModule_AddObjectRef(m, "Spans", (PyObject *)&SpansType) < 0)
        Py_CLEAR(m);
    return m;
}
