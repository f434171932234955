/* harden.cc -- keeping the memory-safety defences of heap objects.

   Owns what changes for security when an object moves from the heap to
   the stack:

   1. The stack canary.  An overflow of a heap object is often caught by
      glibc's heap checks ("malloc(): corrupted top size"); the same
      overflow of a stack slot overwrites the frame and the return
      address.  So every function that receives a promoted slot gets
      GCC's stack-protector instrumentation, even when the user gave no
      -fstack-protector* option: we add the "stack_protect" attribute to
      the function and, for the rest of this function's passes only,
      switch flag_stack_protect to -fstack-protector-explicit, which
      guards exactly the functions with that attribute (cfgexpand.cc
      expand_used_vars).  flag_stack_protect is an Optimization option,
      restored from the function's optimization node whenever GCC
      switches functions (function.cc invoke_set_current_function_hook),
      so the node is changed too, and both are put back when the
      function's passes end (escape_canary_restore, at
      PLUGIN_ALL_PASSES_END): functions without promoted slots compile
      exactly as before.  Every promoted slot is a char array, which
      the guarded layout places right below the canary.  The user's
      word wins: an explicit -fno-stack-protector (or the function's
      no_stack_protector attribute) or -fplugin-arg-escape-no-canary
      adds nothing; -fstack-protector-strong and -all already guard
      every function with an array.

   2. Stack clash.  Without -fstack-clash-protection GCC does not probe
      large frames, and a frame larger than the guard area below the
      stack (param stack-clash-protection-guard-size, 4 KiB) can jump
      over it.  Then the promoted storage of one function is capped at
      the guard size (lifetime.cc charges the budget, STACK_CLASH is the
      reason of what stays on the heap).

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* What escape_canary_apply changed, to be undone when the function's
   passes end.  */
static bool canary_changed;
static int canary_saved_flag;
static tree canary_node;
static int canary_saved_node_flag;

/* Return how the promoted objects of FUN are guarded: whether the
   plugin adds a canary, the user's options already give one, or the
   user asked for none.  */

enum escape_canary
escape_canary_decide (function *fun)
{
  if (!escape_opts.canary)
    return CANARY_OFF_OPTION;
  if (lookup_attribute ("no_stack_protector", DECL_ATTRIBUTES (fun->decl)))
    return CANARY_OFF_ATTRIBUTE;
  switch (flag_stack_protect)
    {
    case SPCT_FLAG_ALL:
      return CANARY_USER_ALL;
    case SPCT_FLAG_STRONG:
      return CANARY_USER_STRONG;
    case SPCT_FLAG_DEFAULT:
    case SPCT_FLAG_EXPLICIT:
      /* -fstack-protector guards only char arrays of ssp-buffer-size
	 bytes or more, -fstack-protector-explicit only functions with
	 the attribute: add it.  */
      return CANARY_ADDED;
    default:
      /* Off: by the user's own -fno-stack-protector, or by default.  */
      if (global_options_set.x_flag_stack_protect)
	return CANARY_OFF_USER;
      return CANARY_ADDED;
    }
}

/* Return the phrase that tells what guards a promoted object under
   CANARY, for remarks and the dump.  */

const char *
escape_canary_phrase (enum escape_canary canary)
{
  switch (canary)
    {
    case CANARY_ADDED:
      return "with a stack canary";
    case CANARY_USER_STRONG:
      return "with a stack canary (-fstack-protector-strong)";
    case CANARY_USER_ALL:
      return "with a stack canary (-fstack-protector-all)";
    case CANARY_OFF_USER:
      return "without a stack canary (-fno-stack-protector)";
    case CANARY_OFF_ATTRIBUTE:
      return "without a stack canary (attribute no_stack_protector)";
    case CANARY_OFF_OPTION:
      return "without a stack canary (-fplugin-arg-escape-no-canary)";
    default:
      gcc_unreachable ();
    }
}

/* FUN received promoted slots and CANARY is how they are guarded: when
   the plugin adds the canary, give FUN the "stack_protect" attribute and
   make flag_stack_protect at least -fstack-protector-explicit until
   FUN's passes end.  */

void
escape_canary_apply (function *fun, enum escape_canary canary)
{
  if (canary != CANARY_ADDED)
    return;
  tree decl = fun->decl;
  if (!lookup_attribute ("stack_protect", DECL_ATTRIBUTES (decl)))
    DECL_ATTRIBUTES (decl) = tree_cons (get_identifier ("stack_protect"),
					NULL_TREE, DECL_ATTRIBUTES (decl));
  if (dump_file)
    fprintf (dump_file, "Canary: %s gets a stack canary (attribute "
	     "stack_protect)\n", escape_decl_name (decl));
  if (flag_stack_protect != 0 || canary_changed)
    return;

  /* The node GCC restores FUN's options from when it switches back to
     FUN in the middle of its passes.  */
  tree node = DECL_FUNCTION_SPECIFIC_OPTIMIZATION (decl);
  if (node == NULL_TREE)
    node = optimization_default_node;
  canary_changed = true;
  canary_saved_flag = flag_stack_protect;
  canary_node = node;
  canary_saved_node_flag = TREE_OPTIMIZATION (node)->x_flag_stack_protect;
  flag_stack_protect = SPCT_FLAG_EXPLICIT;
  TREE_OPTIMIZATION (node)->x_flag_stack_protect = SPCT_FLAG_EXPLICIT;
}

/* Called at PLUGIN_ALL_PASSES_END, when a function has been compiled:
   undo what escape_canary_apply changed in the options.  */

void
escape_canary_restore (void)
{
  if (!canary_changed)
    return;
  flag_stack_protect = canary_saved_flag;
  TREE_OPTIMIZATION (canary_node)->x_flag_stack_protect
    = canary_saved_node_flag;
  canary_changed = false;
  canary_node = NULL_TREE;
}

/* Return in *LIMIT the most bytes promotion may add to one frame of the
   current function without stack-clash probing, and true, when
   -fstack-clash-protection is off; return false when it is on (GCC then
   probes every page of a large frame).  */

bool
escape_clash_limit (unsigned HOST_WIDE_INT *limit)
{
  if (flag_stack_clash_protection)
    return false;
  *limit = HOST_WIDE_INT_1U << param_stack_clash_protection_guard_size;
  return true;
}
