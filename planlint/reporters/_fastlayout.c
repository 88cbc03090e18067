/* The strategy map's crossing reduction in C (see layout.py, _Layering.reduce_crossings),
   and the HTML report's escaping of plain text and the reports' test for printable text
   (escape and printable, at the end).

   It does exactly what the Python code does, on nodes numbered 0..n-1: sweeps down and
   up, each node moved to the barycentre of its neighbours in the layer just swept (a
   stable sort; the mean of integer positions, divided as Python divides two ints), and
   the order kept whose crossing count is lowest. The counts are integers and the keys
   exact quotients, so the order found is the same bit for bit. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

typedef struct {
    Py_ssize_t nodes, layers;
    Py_ssize_t *start;      /* layers + 1: where each layer begins in order */
    Py_ssize_t *order;      /* nodes: each layer's nodes, in their current order */
    Py_ssize_t *layer_of;   /* nodes */
    Py_ssize_t *pos;        /* nodes: a node's index within its layer */
    Py_ssize_t *adj_start[2], *adj[2];  /* up (0) and down (1) neighbours, packed */
    double *keys;
    Py_ssize_t *scratch, *sorted, *tree;
} State;

static void state_free(State *s) {
    PyMem_Free(s->start); PyMem_Free(s->order); PyMem_Free(s->layer_of); PyMem_Free(s->pos);
    for (int d = 0; d < 2; d++) { PyMem_Free(s->adj_start[d]); PyMem_Free(s->adj[d]); }
    PyMem_Free(s->keys); PyMem_Free(s->scratch); PyMem_Free(s->sorted); PyMem_Free(s->tree);
}

static Py_ssize_t read_index(PyObject *item, Py_ssize_t limit) {
    Py_ssize_t value = PyLong_AsSsize_t(item);
    if (value == -1 && PyErr_Occurred()) return -1;
    if (value < 0 || value >= limit) {
        PyErr_SetString(PyExc_ValueError, "node number out of range");
        return -1;
    }
    return value;
}

/* The neighbour lists (one list of node numbers per node) packed into one array. */
static int read_adjacency(State *s, PyObject *lists, int d) {
    if (!PyList_Check(lists) || PyList_GET_SIZE(lists) != s->nodes) {
        PyErr_SetString(PyExc_ValueError, "one neighbour list per node expected");
        return -1;
    }
    Py_ssize_t total = 0;
    for (Py_ssize_t i = 0; i < s->nodes; i++) {
        PyObject *list = PyList_GET_ITEM(lists, i);
        if (!PyList_Check(list)) { PyErr_SetString(PyExc_TypeError, "lists expected"); return -1; }
        total += PyList_GET_SIZE(list);
    }
    s->adj_start[d] = PyMem_New(Py_ssize_t, s->nodes + 1);
    s->adj[d] = PyMem_New(Py_ssize_t, total + 1);
    if (!s->adj_start[d] || !s->adj[d]) { PyErr_NoMemory(); return -1; }
    Py_ssize_t at = 0;
    for (Py_ssize_t i = 0; i < s->nodes; i++) {
        PyObject *list = PyList_GET_ITEM(lists, i);
        s->adj_start[d][i] = at;
        for (Py_ssize_t j = 0; j < PyList_GET_SIZE(list); j++) {
            Py_ssize_t other = read_index(PyList_GET_ITEM(list, j), s->nodes);
            if (other < 0) return -1;
            s->adj[d][at++] = other;
        }
    }
    s->adj_start[d][s->nodes] = at;
    return 0;
}

static void set_positions(State *s, Py_ssize_t layer) {
    for (Py_ssize_t i = s->start[layer]; i < s->start[layer + 1]; i++)
        s->pos[s->order[i]] = i - s->start[layer];
}

/* Crossings between layer and the next: pairs of links (u1, d1), (u2, d2) with
   u1 < u2 and d1 > d2, as layout.crossings counts them (a Fenwick tree over the lower
   layer's positions stands in for its sorted list). */
static long long layer_crossings(State *s, Py_ssize_t layer) {
    Py_ssize_t width = s->start[layer + 2] - s->start[layer + 1];
    Py_ssize_t *tree = s->tree;
    memset(tree, 0, sizeof(Py_ssize_t) * (width + 1));
    long long count = 0, seen = 0;
    for (Py_ssize_t i = s->start[layer]; i < s->start[layer + 1]; i++) {
        Py_ssize_t node = s->order[i], n = 0;
        /* this node's lower ends, ascending (a node has few: insertion sort) */
        for (Py_ssize_t k = s->adj_start[1][node]; k < s->adj_start[1][node + 1]; k++) {
            Py_ssize_t other = s->adj[1][k];
            if (s->layer_of[other] != layer + 1) continue;
            Py_ssize_t value = s->pos[other], j = n++;
            while (j > 0 && s->scratch[j - 1] > value) { s->scratch[j] = s->scratch[j - 1]; j--; }
            s->scratch[j] = value;
        }
        for (Py_ssize_t k = 0; k < n; k++) {
            Py_ssize_t position = s->scratch[k], not_after = 0;
            for (Py_ssize_t j = position + 1; j > 0; j -= j & -j) not_after += tree[j];
            count += seen - not_after;
            for (Py_ssize_t j = position + 1; j <= width; j += j & -j) tree[j]++;
            seen++;
        }
    }
    return count;
}

static long long total_crossings(State *s) {
    long long total = 0;
    for (Py_ssize_t layer = 0; layer + 1 < s->layers; layer++) total += layer_crossings(s, layer);
    return total;
}

/* A stable merge sort of index[0..n) by keys, comparing with < only, as sorted() does. */
static void merge_sort(Py_ssize_t *index, Py_ssize_t *buffer, Py_ssize_t n, const double *keys) {
    if (n < 2) return;
    Py_ssize_t half = n / 2;
    merge_sort(index, buffer, half, keys);
    merge_sort(index + half, buffer, n - half, keys);
    Py_ssize_t i = 0, j = half, k = 0;
    while (i < half && j < n) {
        if (keys[index[j]] < keys[index[i]]) buffer[k++] = index[j++];
        else buffer[k++] = index[i++];
    }
    while (i < half) buffer[k++] = index[i++];
    while (j < n) buffer[k++] = index[j++];
    memcpy(index, buffer, sizeof(Py_ssize_t) * n);
}

static void sweep_layer(State *s, Py_ssize_t layer, int downward) {
    Py_ssize_t reference = downward ? layer - 1 : layer + 1, d = downward ? 0 : 1;
    Py_ssize_t first = s->start[layer], width = s->start[layer + 1] - first;
    for (Py_ssize_t i = 0; i < width; i++) {
        Py_ssize_t node = s->order[first + i], linked = 0;
        long long sum = 0;
        for (Py_ssize_t k = s->adj_start[d][node]; k < s->adj_start[d][node + 1]; k++) {
            Py_ssize_t other = s->adj[d][k];
            if (s->layer_of[other] == reference) { sum += s->pos[other]; linked++; }
        }
        s->keys[i] = linked ? (double)sum / (double)linked : (double)i;
        s->sorted[i] = i;
    }
    merge_sort(s->sorted, s->scratch, width, s->keys);
    for (Py_ssize_t i = 0; i < width; i++) s->scratch[i] = s->order[first + s->sorted[i]];
    memcpy(s->order + first, s->scratch, sizeof(Py_ssize_t) * width);
    set_positions(s, layer);
}

static PyObject *layers_of(State *s, const Py_ssize_t *order) {
    PyObject *result = PyList_New(s->layers);
    if (!result) return NULL;
    for (Py_ssize_t layer = 0; layer < s->layers; layer++) {
        PyObject *list = PyList_New(s->start[layer + 1] - s->start[layer]);
        if (!list) { Py_DECREF(result); return NULL; }
        PyList_SET_ITEM(result, layer, list);
        for (Py_ssize_t i = s->start[layer]; i < s->start[layer + 1]; i++) {
            PyObject *number = PyLong_FromSsize_t(order[i]);
            if (!number) { Py_DECREF(result); return NULL; }
            PyList_SET_ITEM(list, i - s->start[layer], number);
        }
    }
    return result;
}

static PyObject *reduce_crossings(PyObject *self, PyObject *args) {
    PyObject *layers, *up, *down;
    Py_ssize_t sweeps;
    if (!PyArg_ParseTuple(args, "O!O!O!n", &PyList_Type, &layers, &PyList_Type, &up,
                          &PyList_Type, &down, &sweeps))
        return NULL;
    State s;
    memset(&s, 0, sizeof s);
    PyObject *result = NULL;
    Py_ssize_t *best = NULL;
    s.layers = PyList_GET_SIZE(layers);
    s.nodes = PyList_GET_SIZE(up);
    s.start = PyMem_New(Py_ssize_t, s.layers + 1);
    s.order = PyMem_New(Py_ssize_t, s.nodes + 1);
    s.layer_of = PyMem_New(Py_ssize_t, s.nodes + 1);
    s.pos = PyMem_New(Py_ssize_t, s.nodes + 1);
    s.keys = PyMem_New(double, s.nodes + 1);
    s.sorted = PyMem_New(Py_ssize_t, s.nodes + 1);
    s.tree = PyMem_New(Py_ssize_t, s.nodes + 2);
    best = PyMem_New(Py_ssize_t, s.nodes + 1);
    if (!s.start || !s.order || !s.layer_of || !s.pos || !s.keys || !s.sorted
            || !s.tree || !best) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < s.nodes; i++) s.layer_of[i] = -1;
    Py_ssize_t at = 0;
    for (Py_ssize_t layer = 0; layer < s.layers; layer++) {
        PyObject *list = PyList_GET_ITEM(layers, layer);
        if (!PyList_Check(list)) { PyErr_SetString(PyExc_TypeError, "lists expected"); goto done; }
        s.start[layer] = at;
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list); i++) {
            Py_ssize_t node = read_index(PyList_GET_ITEM(list, i), s.nodes);
            if (node < 0) goto done;
            if (s.layer_of[node] != -1 || at >= s.nodes) {
                PyErr_SetString(PyExc_ValueError, "each node in one layer, once");
                goto done;
            }
            s.layer_of[node] = layer;
            s.order[at++] = node;
        }
    }
    s.start[s.layers] = at;
    if (at != s.nodes) { PyErr_SetString(PyExc_ValueError, "every node in a layer"); goto done; }
    if (read_adjacency(&s, up, 0) < 0 || read_adjacency(&s, down, 1) < 0) goto done;
    /* a merge buffer for a layer, or a node's lower ends (repeated links included) */
    s.scratch = PyMem_New(Py_ssize_t, s.nodes + s.adj_start[1][s.nodes] + 1);
    if (!s.scratch) { PyErr_NoMemory(); goto done; }
    for (Py_ssize_t layer = 0; layer < s.layers; layer++) set_positions(&s, layer);

    memcpy(best, s.order, sizeof(Py_ssize_t) * s.nodes);
    long long fewest = total_crossings(&s);
    for (Py_ssize_t sweep = 0; sweep < sweeps * 2; sweep++) {
        if (fewest == 0) break;
        if (sweep % 2 == 0)
            for (Py_ssize_t layer = 1; layer < s.layers; layer++) sweep_layer(&s, layer, 1);
        else
            for (Py_ssize_t layer = s.layers - 2; layer >= 0; layer--) sweep_layer(&s, layer, 0);
        long long count = total_crossings(&s);
        if (count < fewest) {
            fewest = count;
            memcpy(best, s.order, sizeof(Py_ssize_t) * s.nodes);
        }
    }
    PyObject *order = layers_of(&s, best);
    if (order) {
        result = Py_BuildValue("(LN)", fewest, order);
    }
done:
    state_free(&s);
    PyMem_Free(best);
    return result;
}

/* escaping.py's escape: text with none of the five characters html.escape replaces
   (most of what a page escapes) is returned as it is after one pass over it, where
   Python needed a call and five searches; any other text is given to html.escape. */
static PyObject *html_escape = NULL;

static PyObject *escape(PyObject *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "escape() takes a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
            if (html_escape == NULL) {
                PyObject *module = PyImport_ImportModule("html");
                if (module == NULL) return NULL;
                html_escape = PyObject_GetAttrString(module, "escape");
                Py_DECREF(module);
                if (html_escape == NULL) return NULL;
            }
            return PyObject_CallOneArg(html_escape, text);
        }
    }
    Py_INCREF(text);
    return text;
}

/* escaping.py's printable: str.isprintable, read from a table for the first 256 code
   points (most text a report writes, every message and id) instead of looking up each
   character's Unicode properties (about 25 instructions a character); the table is
   filled by the same look-up when the module is loaded. */
static char printable_below_256[256];

static PyObject *printable(PyObject *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "printable() takes a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *chars = data;
        for (Py_ssize_t i = 0; i < length; i++) {
            if (!printable_below_256[chars[i]]) Py_RETURN_FALSE;
        }
        Py_RETURN_TRUE;
    }
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 256 ? !printable_below_256[c] : !Py_UNICODE_ISPRINTABLE(c)) Py_RETURN_FALSE;
    }
    Py_RETURN_TRUE;
}

static PyMethodDef methods[] = {
    {"reduce_crossings", reduce_crossings, METH_VARARGS,
     "reduce_crossings(layers, up, down, sweeps) -> (crossings, layers): see layout.py."},
    {"escape", escape, METH_O, "escape(text) -> text as html.escape gives it: see escaping.py."},
    {"printable", printable, METH_O,
     "printable(text) -> text.isprintable(), faster: see escaping.py."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "planlint.reporters._fastlayout",
    "The strategy map's crossing reduction, HTML escaping and the printable test, in C "
    "(see layout.py and escaping.py).", -1,
    methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__fastlayout(void) {
    for (Py_UCS4 c = 0; c < 256; c++) {
        printable_below_256[c] = (char)Py_UNICODE_ISPRINTABLE(c);
    }
    return PyModule_Create(&module);
}
