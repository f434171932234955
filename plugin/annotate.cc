/* annotate.cc -- the attributes the plugin adds to the C language.

   Owns the registration and the meaning of the plugin's attributes:
   `noescape` on a pointer parameter (clang's attribute of that name, so
   that headers written for clang work unchanged) promises that the
   function keeps no copy of the pointer it is given beyond the call.
   GCC 12 does not know the attribute; registered here, it is accepted
   (and __has_attribute (noescape) is true while the plugin is loaded).
   The attribute is put on the parameter's type, so that it survives in
   a prototype, which has no parameter declarations after parsing, and
   reaches every call through the function's type.  Only a function
   with no body in the program is taken at its word: one defined in the
   unit (or in another LTO partition) is judged by its body, or by
   modref where the plugin has no summary of it; the proof wins over the
   promise.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Handle the `noescape` attribute NAME with arguments ARGS applied to
   *NODE.  Only a pointer parameter may carry it; there it is put on the
   parameter's type, the one place a prototype keeps.  Anywhere else it
   is ignored with a warning, as GCC ignores an attribute it does not
   know (never an error: a program that compiled without the plugin
   compiles with it).  */

static tree
escape_handle_noescape (tree *node, tree name, tree args, int,
			bool *no_add_attrs)
{
  *no_add_attrs = true;
  if (args != NULL_TREE)
    warning (OPT_Wattributes, "%qE attribute takes no arguments; ignored",
	     name);
  else if (TREE_CODE (*node) != PARM_DECL)
    warning (OPT_Wattributes, "%qE attribute ignored: it applies only to "
	     "a pointer parameter of a function", name);
  else if (!POINTER_TYPE_P (TREE_TYPE (*node)))
    warning (OPT_Wattributes, "%qE attribute ignored on a parameter that "
	     "is not a pointer", name);
  else
    {
      tree type = TREE_TYPE (*node);
      if (!lookup_attribute ("noescape", TYPE_ATTRIBUTES (type)))
	TREE_TYPE (*node)
	  = build_type_attribute_variant (type,
					  tree_cons (name, NULL_TREE,
						     TYPE_ATTRIBUTES (type)));
    }
  return NULL_TREE;
}

/* The attribute: any number of arguments (so that a wrong one is a
   warning, not an error), applied to the declaration, not part of the
   type's identity (a prototype with it and a definition without it
   agree).  */
static const struct attribute_spec escape_noescape_attr = {
  "noescape", 0, -1, false, false, false, false, escape_handle_noescape,
  NULL
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
  tree fndecl = gimple_call_fndecl (call);
  if (fndecl == NULL_TREE || escape_callee_defined_p (fndecl))
    return false;
  return (escape_type_noescape_p (gimple_call_fntype (call), argno)
	  || escape_type_noescape_p (TREE_TYPE (fndecl), argno));
}

/* Return true if FNDECL, or what it is an alias of, has a body in the
   program being compiled: in this unit, or (under LTO) in another
   partition.  Such a function is judged by its body or, where the
   plugin has no summary of it (it may be interposed, not compiled yet,
   compiled without optimisation, variadic), by GCC's modref, never by
   the user's promise: the proof, or the lack of one, wins.  */

bool
escape_callee_defined_p (tree fndecl)
{
  if (DECL_INITIAL (fndecl) != NULL_TREE && !DECL_EXTERNAL (fndecl))
    return true;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (node == NULL)
    return false;
  cgraph_node *target = node->ultimate_alias_target ();
  return (node->definition || node->in_other_partition
	  || (target && (target->definition || target->in_other_partition)));
}
