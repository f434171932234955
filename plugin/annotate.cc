/* annotate.cc -- the attributes the plugin adds to the C language.

   Owns the registration and the meaning of the plugin's attributes:
   `noescape` on a pointer parameter (clang's attribute of that name, so
   that headers written for clang work unchanged) promises that the
   function keeps no copy of the pointer it is given beyond the call.
   GCC 12 does not know the attribute; registered here, it is accepted
   (and __has_attribute (noescape) is true while the plugin is loaded).
   The attribute is put on the parameter's type, so that it survives in
   a prototype, which has no parameter declarations after parsing, and
   reaches every call through the function's type.  A function of the
   unit whose body the plugin summarises is judged by its body: the
   proof wins over the promise.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Check the `noescape` attribute NAME applied to the type *NODE (of a
   parameter): only a pointer may carry it.  */

static tree
escape_handle_noescape (tree *node, tree name, tree, int,
			bool *no_add_attrs)
{
  if (!POINTER_TYPE_P (*node))
    {
      warning (OPT_Wattributes, "%qE attribute ignored on a parameter "
	       "that is not a pointer", name);
      *no_add_attrs = true;
    }
  return NULL_TREE;
}

/* The attribute: no arguments, put on the type of the declaration (its
   parameter), not part of the type's identity (a prototype with it and
   a definition without it agree).  */
static const struct attribute_spec escape_noescape_attr = {
  "noescape", 0, 0, false, true, false, false, escape_handle_noescape, NULL
};

/* Called at PLUGIN_ATTRIBUTES: register the plugin's attributes.  */

void
escape_register_attributes (void *, void *)
{
  register_attribute (&escape_noescape_attr);
}

/* Return true if TYPE, a function type, declares its parameter ARGNO
   (1-based) `noescape`.  */

static bool
escape_type_noescape_p (tree type, int argno)
{
  if (type == NULL_TREE || !FUNC_OR_METHOD_TYPE_P (type))
    return false;
  int i = 1;
  for (tree t = TYPE_ARG_TYPES (type); t && t != void_list_node;
       t = TREE_CHAIN (t), i++)
    if (i == argno)
      return (lookup_attribute ("noescape", TYPE_ATTRIBUTES (TREE_VALUE (t)))
	      != NULL_TREE);
  return false;
}

/* Return true if the callee of CALL declares its parameter ARGNO
   (1-based) `noescape`: in the type the call is made through, or in the
   declaration of the function called.  */

bool
escape_noescape_arg_p (const gcall *call, int argno)
{
  if (escape_type_noescape_p (gimple_call_fntype (call), argno))
    return true;
  tree fndecl = gimple_call_fndecl (call);
  return fndecl && escape_type_noescape_p (TREE_TYPE (fndecl), argno);
}
