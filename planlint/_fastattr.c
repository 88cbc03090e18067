/* Plain attribute lookup for planlint's models (see model.py, _Model).

   pydantic's BaseModel defines __getattr__, for private attributes and extra fields. Any
   class with a __getattr__ gets CPython's lookup hook (slot_tp_getattr_hook), and the
   interpreter specializes attribute loads only on classes that use the generic lookup,
   so every `metric.title` in the rules took the slow, unspecialized path: about 6 % of
   a whole check. planlint's models have neither private attributes nor extra fields, so
   their __getattr__ is only ever reached to raise AttributeError, which the generic
   lookup raises too: plain_lookup gives such a class the generic lookup back. */

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

static PyMethodDef methods[] = {
    {"plain_lookup", plain_lookup, METH_O,
     "plain_lookup(cls): the class's attributes looked up without its __getattr__ hook."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "planlint._fastattr",
    "Plain attribute lookup for planlint's models, in C (see model.py).", -1,
    methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__fastattr(void) {
    return PyModule_Create(&module);
}
