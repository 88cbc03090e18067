/* Plain attribute lookup for planlint's models (see model.py, _Model).

   pydantic's BaseModel defines __getattr__, for private attributes and extra fields. Any
   class with a __getattr__ gets CPython's lookup hook (slot_tp_getattr_hook), and the
   interpreter specializes attribute loads only on classes that use the generic lookup,
   so every `metric.title` in the rules took the slow, unspecialized path: about 6 % of
   a whole check. planlint's models have neither private attributes nor extra fields, so
   their __getattr__ is only ever reached to raise AttributeError, which the generic
   lookup raises too: plain_lookup gives such a class the generic lookup back.

   The classes themselves have the same hook one level up: pydantic's metaclass defines
   __getattr__ too (private attributes read from the class), so every `Goal.kind` or
   `Goal.model_validate` called type.__getattribute__ through a bound method-wrapper,
   about 0.1 us a lookup, several times per item while loading. class_lookup gives a
   metaclass the lookup that hook performs, in C: type's own, then, only when that
   raises AttributeError, the metaclass's __getattr__, so private attributes still
   resolve. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *plain_lookup(PyObject *self, PyObject *cls) {
    if (!PyType_Check(cls)) {
        PyErr_SetString(PyExc_TypeError, "plain_lookup takes a class");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)cls;
    type->tp_getattro = PyObject_GenericGetAttr;
    PyType_Modified(type);
    Py_RETURN_NONE;
}

static PyObject *getattr_name;  /* "__getattr__", interned */

/* As CPython's slot_tp_getattr_hook, with type.__getattribute__ called directly. */
static PyObject *class_getattro(PyObject *cls, PyObject *name) {
    /* looked up first, as the hook does: _PyType_Lookup must not run with an error set */
    PyObject *getattr = _PyType_Lookup(Py_TYPE(cls), getattr_name);
    if (getattr == NULL)
        return PyType_Type.tp_getattro(cls, name);
    Py_INCREF(getattr);  /* as the hook: __getattr__ may be replaced meanwhile */
    PyObject *found = PyType_Type.tp_getattro(cls, name);
    if (found != NULL || !PyErr_ExceptionMatches(PyExc_AttributeError)) {
        Py_DECREF(getattr);
        return found;
    }
    PyErr_Clear();
    PyObject *bound = getattr;
    descrgetfunc get = Py_TYPE(getattr)->tp_descr_get;
    if (get != NULL) {
        bound = get(getattr, cls, (PyObject *)Py_TYPE(cls));
        if (bound == NULL) {
            Py_DECREF(getattr);
            return NULL;
        }
    }
    PyObject *result = PyObject_CallOneArg(bound, name);
    if (bound != getattr)
        Py_DECREF(bound);
    Py_DECREF(getattr);
    return result;
}

static PyObject *class_lookup(PyObject *self, PyObject *meta) {
    if (!PyType_Check(meta) || !PyType_IsSubtype((PyTypeObject *)meta, &PyType_Type)) {
        PyErr_SetString(PyExc_TypeError, "class_lookup takes a metaclass");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)meta;
    type->tp_getattro = class_getattro;
    PyType_Modified(type);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"plain_lookup", plain_lookup, METH_O,
     "plain_lookup(cls): the class's attributes looked up without its __getattr__ hook."},
    {"class_lookup", class_lookup, METH_O,
     "class_lookup(meta): its classes' attributes looked up as its __getattr__ hook does, "
     "with type.__getattribute__ called directly."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "planlint._fastattr",
    "Plain attribute lookup for planlint's models, in C (see model.py).", -1,
    methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__fastattr(void) {
    getattr_name = PyUnicode_InternFromString("__getattr__");
    if (getattr_name == NULL)
        return NULL;
    return PyModule_Create(&module);
}
