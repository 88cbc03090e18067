/* The common case of planlint's YAML loading, in C: libyaml's events become plain data
 * (dicts, lists, str and the values of typed plain scalars) and the spans dict
 * (JSON pointer -> (line, column, end_line, end_column), from 1) with no Python object
 * per event.
 *
 * It builds exactly what planlint/loaders/yaml.py's _Builder builds, and only where that
 * is simple: on anything else (an anchor, an alias, a tag other than "!", a key that is
 * not text or that repeats, a merge key, a second document, nesting or size past the
 * limits, a parse error) build() returns None, "not mine", and the caller loads the file
 * with the Python builder, which reports what it must. Plain scalars that may be typed
 * are resolved by a Python callable, once for each distinct text.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <yaml.h>

#define OK 1
#define DECLINE 0
#define FAILED (-1)

/* A list or mapping being built. Its value is owned by its container (or is the root). */
typedef struct {
    PyObject *value;
    int is_map;
    size_t ptr_len;           /* its pointer: the first ptr_len bytes of State.ptr */
    size_t line, column;      /* where its span starts (a mapping entry: at its key) */
    PyObject *key;            /* a mapping's key awaiting its value (owned), or NULL */
    size_t key_line, key_column;
} Frame;

typedef struct {
    yaml_parser_t parser;
    Frame *stack;
    int depth, max_depth;
    Py_ssize_t nodes, max_nodes;
    char *ptr;                /* the JSON pointer being built, UTF-8 */
    size_t ptr_len, ptr_cap;
    PyObject **lines;         /* one int object per line number, shared by all spans */
    size_t n_lines;
    PyObject *root, *spans, *cache, *resolve, *decline;
    unsigned char typed_first[128];
} State;

static int reserve(State *s, size_t more) {
    if (s->ptr_len + more <= s->ptr_cap)
        return OK;
    size_t cap = (s->ptr_len + more) * 2;
    char *grown = PyMem_Realloc(s->ptr, cap);
    if (grown == NULL) {
        PyErr_NoMemory();
        return FAILED;
    }
    s->ptr = grown;
    s->ptr_cap = cap;
    return OK;
}

/* Append "/" and a key to the pointer, escaped as RFC 6901 asks ("~" -> "~0", "/" -> "~1"). */
static int push_key(State *s, const unsigned char *key, size_t len) {
    if (reserve(s, 2 * len + 1) < 0)
        return FAILED;
    char *out = s->ptr + s->ptr_len;
    *out++ = '/';
    for (size_t i = 0; i < len; i++) {
        if (key[i] == '~') {
            *out++ = '~';
            *out++ = '0';
        } else if (key[i] == '/') {
            *out++ = '~';
            *out++ = '1';
        } else {
            *out++ = (char)key[i];
        }
    }
    s->ptr_len = (size_t)(out - s->ptr);
    return OK;
}

static int push_index(State *s, Py_ssize_t index) {
    if (reserve(s, 24) < 0)
        return FAILED;
    s->ptr_len += (size_t)sprintf(s->ptr + s->ptr_len, "/%zd", index);
    return OK;
}

/* The int object for a line number from 1 (libyaml counts from 0), made once. */
static PyObject *line_number(State *s, size_t line) {
    if (line >= s->n_lines) {
        size_t n = (line + 1) * 2;
        PyObject **grown = PyMem_Realloc(s->lines, n * sizeof(PyObject *));
        if (grown == NULL)
            return PyErr_NoMemory();
        memset(grown + s->n_lines, 0, (n - s->n_lines) * sizeof(PyObject *));
        s->lines = grown;
        s->n_lines = n;
    }
    if (s->lines[line] == NULL)
        s->lines[line] = PyLong_FromSize_t(line + 1);
    return s->lines[line];
}

/* spans[pointer so far] = (line, column, end_line, end_column), from 1. */
static int add_span(State *s, size_t line, size_t column, yaml_mark_t end) {
    PyObject *start_line = line_number(s, line), *end_line = line_number(s, end.line);
    if (start_line == NULL || end_line == NULL)
        return FAILED;
    PyObject *span = PyTuple_New(4);
    if (span == NULL)
        return FAILED;
    Py_INCREF(start_line);
    PyTuple_SET_ITEM(span, 0, start_line);
    PyTuple_SET_ITEM(span, 1, PyLong_FromSize_t(column + 1));
    Py_INCREF(end_line);
    PyTuple_SET_ITEM(span, 2, end_line);
    PyTuple_SET_ITEM(span, 3, PyLong_FromSize_t(end.column + 1));
    if (PyTuple_GET_ITEM(span, 1) == NULL || PyTuple_GET_ITEM(span, 3) == NULL) {
        Py_DECREF(span);
        return FAILED;
    }
    /* A tuple of ints can be in no reference cycle: the garbage collector need not
     * track it (it would untrack it at its first pass, after visiting it). */
    PyObject_GC_UnTrack(span);
    PyObject *pointer = PyUnicode_DecodeUTF8(s->ptr, (Py_ssize_t)s->ptr_len, NULL);
    if (pointer == NULL) {
        Py_DECREF(span);
        return FAILED;
    }
    int status = PyDict_SetItem(s->spans, pointer, span);
    Py_DECREF(pointer);
    Py_DECREF(span);
    return status < 0 ? FAILED : OK;
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

/* Put a finished value (a new reference, always consumed) where it belongs, its pointer
 * being the current one: as an item of a list, or as the value of the key awaiting it
 * (declined when the mapping has that key already: the Python builder reports it). The
 * span runs from (line, column) to end; for a mapping entry, from its key's start. An end
 * on line (size_t)-1 adds no span: a list or mapping has its span added as it closes. */
static int place(State *s, Frame *top, PyObject *value, size_t line, size_t column,
                 yaml_mark_t end) {
    int status = OK;
    if (!top->is_map) {
        if (PyList_Append(top->value, value) < 0)
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
    if (status == OK && end.line != (size_t)-1)
        status = add_span(s, line, column, end);
    return status;
}

/* Set the pointer to the slot of the next value of the open collection top: a list's
 * next index (a mapping's key was pushed when it was read). */
static int slot(State *s, Frame *top) {
    if (top->is_map)
        return OK;
    s->ptr_len = top->ptr_len;
    return push_index(s, PyList_GET_SIZE(top->value));
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
    if (s->depth == 0) {  /* the whole document is this scalar */
        s->root = value;
        s->ptr_len = 0;
        return add_span(s, e->start_mark.line, e->start_mark.column, e->end_mark);
    }
    Frame *top = &s->stack[s->depth - 1];
    if (top->is_map && top->key == NULL) {
        /* a key: text only; its pointer is pushed now, for its value */
        if (!PyUnicode_CheckExact(value)) {
            Py_DECREF(value);
            return DECLINE;
        }
        top->key = value;
        top->key_line = e->start_mark.line;
        top->key_column = e->start_mark.column;
        s->ptr_len = top->ptr_len;
        return push_key(s, e->data.scalar.value, e->data.scalar.length);
    }
    if (slot(s, top) < 0) {
        Py_DECREF(value);
        return FAILED;
    }
    if (top->is_map)
        return place(s, top, value, top->key_line, top->key_column, e->end_mark);
    return place(s, top, value, e->start_mark.line, e->start_mark.column, e->end_mark);
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
    if (s->depth == 0) {
        s->root = value;
        s->ptr_len = 0;
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
        int status = slot(s, top);
        if (status < 0) {
            Py_DECREF(value);
            return FAILED;
        }
        status = place(s, top, value, 0, 0, no_span);
        if (status != OK)
            return status;
    }
    frame->ptr_len = s->ptr_len;
    s->depth++;
    return OK;
}

static int on_close(State *s, const yaml_event_t *e) {
    /* The end must close what is open: libyaml before 0.2.6 (which PyYAML may not use)
     * ends "[?]" with no mapping end, and what the events build must not depend on it. */
    if (s->depth == 0 || s->stack[s->depth - 1].is_map != (e->type == YAML_MAPPING_END_EVENT))
        return DECLINE;
    Frame *done = &s->stack[--s->depth];
    Py_CLEAR(done->key);  /* none awaits a value once libyaml closes a mapping */
    s->ptr_len = done->ptr_len;
    return add_span(s, done->line, done->column, e->end_mark);
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

PyDoc_STRVAR(build_doc,
"build(text, resolve, decline, typed_first, max_depth, max_nodes)\n--\n\n"
"(data, spans) of YAML text, or None when the Python builder must load it.");

static PyObject *build(PyObject *module, PyObject *args) {
    PyObject *text, *resolve, *decline, *typed_first;
    int max_depth;
    Py_ssize_t max_nodes;
    (void)module;
    if (!PyArg_ParseTuple(args, "UOOUin:build", &text, &resolve, &decline, &typed_first,
                          &max_depth, &max_nodes))
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
    s.resolve = resolve;
    s.decline = decline;
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(typed_first); i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(typed_first, i);
        if (c < 128)
            s.typed_first[c] = 1;
    }
    s.stack = PyMem_Calloc((size_t)s.max_depth, sizeof(Frame));
    s.spans = PyDict_New();
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
    for (size_t i = 0; i < s.n_lines; i++)
        Py_XDECREF(s.lines[i]);
    PyMem_Free(s.lines);
    PyMem_Free(s.stack);
    PyMem_Free(s.ptr);
    Py_XDECREF(s.cache);
    PyObject *result = NULL;
    if (status == OK) {
        PyObject *root = s.root != NULL ? s.root : Py_None;
        result = PyTuple_Pack(2, root, s.spans);
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

PyMODINIT_FUNC PyInit__fastyaml(void) {
    return PyModule_Create(&module);
}
