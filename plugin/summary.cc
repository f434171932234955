/* summary.cc -- facts about functions that outlive one pass execution.

   Owns two facts the solver asks about callees and the current function:

   1. "May this function free memory its caller owns?"  IPA modref's
      argument flags say whether a callee captures a pointer, but not
      whether it frees it: free's own flags are "no escape", so a noinline
      release (p) { free (p); } looks as harmless as a reader.  We keep
      our own summary, computed for each function at the end of our pass
      on it (after its own promotions removed frees).  GCC expands
      callees before callers (cgraphunit.cc, expand_all_functions), so a
      callee's summary is usually ready when its callers are analysed; a
      callee without a summary (not yet seen, external, interposable,
      compiled without optimisation, part of a recursion) may free.

   2. "May this function be recursive?"  Frames of a recursive function
      pile up, so it gets a smaller stack budget.  The call graph is
      complete only until functions are expanded (expansion releases
      their callee edges), so the strongly connected components are
      computed at PLUGIN_ALL_IPA_PASSES_END.  An indirect call is taken
      to reach every address-taken function of the unit.  Recursion that
      goes through another unit (a callback called by a library) is not
      seen; the per-object cap still bounds it.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Function decl -> true if it may free memory it does not own.  */
static hash_map<tree, bool> *escape_free_summaries;

/* Decls of functions that may be part of a recursion.  */
static hash_set<tree> *escape_recursive_fns;

/* Return true if builtin call STMT may free or resize memory, or run
   code that may (the OpenMP and TM runtime entry points take function
   pointers).  */

static bool
escape_builtin_may_free_p (const gcall *stmt)
{
  if (escape_free_call_p (stmt) || escape_realloc_call_p (stmt))
    return true;
  tree decl = gimple_call_fndecl (stmt);
  const char *name = IDENTIFIER_POINTER (DECL_NAME (decl));
  return (startswith (name, "GOMP_") || startswith (name, "__builtin_GOMP_")
	  || startswith (name, "_ITM_") || startswith (name, "GOACC_"));
}

/* Return true if call STMT may free memory that its caller owns.  It is
   always safe to return true.  */

bool
escape_callee_may_free_p (gcall *stmt)
{
  if (gimple_call_internal_p (stmt))
    return false;
  if (gimple_call_flags (stmt) & (ECF_CONST | ECF_PURE))
    return false;
  tree fndecl = gimple_call_fndecl (stmt);
  if (fndecl == NULL_TREE)
    return true;
  if (gimple_call_builtin_p (stmt, BUILT_IN_NORMAL))
    return escape_builtin_may_free_p (stmt);
  if (escape_libc_nonfreeing_p (stmt))
    return false;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (node == NULL)
    return true;
  enum availability avail;
  node = node->function_symbol (&avail);
  if (node == NULL || avail < AVAIL_AVAILABLE)
    return true;
  if (escape_free_summaries == NULL)
    return true;
  bool *may_free = escape_free_summaries->get (node->decl);
  return may_free == NULL || *may_free;
}

/* Return true if the free or realloc call STMT of the current function
   may release memory that the function's caller owns: its argument may
   point to non-local or escaped memory.  */

static bool
escape_frees_nonlocal_p (const gcall *stmt)
{
  tree arg = gimple_call_arg (stmt, 0);
  if (TREE_CODE (arg) != SSA_NAME)
    return !integer_zerop (arg);
  struct ptr_info_def *pi = SSA_NAME_PTR_INFO (arg);
  return pi == NULL || pt_solution_includes_global (&pi->pt, true);
}

/* Record whether FUN, whose pass execution has just finished, may free
   memory its callers own.  */

void
escape_summarize_function (function *fun)
{
  bool may_free = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb);
	   !gsi_end_p (gsi) && !may_free; gsi_next (&gsi))
	{
	  gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	  if (call == NULL)
	    continue;
	  if (escape_free_call_p (call) || escape_realloc_call_p (call))
	    may_free = escape_frees_nonlocal_p (call);
	  else
	    may_free = escape_callee_may_free_p (call);
	}
      if (may_free)
	break;
    }
  if (escape_free_summaries == NULL)
    escape_free_summaries = new hash_map<tree, bool>;
  escape_free_summaries->put (fun->decl, may_free);
  if (dump_file)
    fprintf (dump_file, "Summary: %s %s free memory its callers own.\n",
	     escape_decl_name (fun->decl), may_free ? "may" : "does not");
}

/* Return the node that stands for NODE in the recursion analysis: the
   function an inline clone was inlined into, after resolving aliases.  */

static cgraph_node *
escape_root_node (cgraph_node *node)
{
  node = node->ultimate_alias_target ();
  return node->inlined_to ? node->inlined_to : node;
}

/* State of Tarjan's algorithm over the call graph.  */
struct escape_scc_state
{
  hash_map<cgraph_node *, int> index;	/* DFS number, 1-based.  */
  hash_map<cgraph_node *, int> low;
  hash_set<cgraph_node *> on_stack;
  auto_vec<cgraph_node *> stack;
  auto_vec<cgraph_node *> address_taken;
  int counter;
};

/* Collect into *OUT the call-graph successors of root function ROOT in
   STATE: the roots of the callees of ROOT and of everything inlined
   into it, and, for an indirect call, every address-taken function.  */

static void
escape_successors (struct escape_scc_state *state, cgraph_node *node,
		   vec<cgraph_node *> *out)
{
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    {
      cgraph_node *callee = escape_root_node (e->callee);
      if (!e->inline_failed)
	escape_successors (state, e->callee, out);
      else if (callee->has_gimple_body_p ())
	out->safe_push (callee);
    }
  if (node->indirect_calls)
    for (unsigned i = 0; i < state->address_taken.length (); i++)
      out->safe_push (state->address_taken[i]);
}

/* Tarjan's strongly-connected-components visit of NODE in STATE.  Marks
   the members of every component with more than one node, and nodes
   that call themselves, as recursive.  */

static void
escape_scc_visit (struct escape_scc_state *state, cgraph_node *node)
{
  state->counter++;
  state->index.put (node, state->counter);
  state->low.put (node, state->counter);
  state->stack.safe_push (node);
  state->on_stack.add (node);

  auto_vec<cgraph_node *> succs;
  escape_successors (state, node, &succs);
  bool self = false;
  for (unsigned i = 0; i < succs.length (); i++)
    {
      cgraph_node *s = succs[i];
      if (s == node)
	self = true;
      if (!state->index.get (s))
	{
	  escape_scc_visit (state, s);
	  int sl = *state->low.get (s), *nl = state->low.get (node);
	  *nl = MIN (*nl, sl);
	}
      else if (state->on_stack.contains (s))
	{
	  int si = *state->index.get (s), *nl = state->low.get (node);
	  *nl = MIN (*nl, si);
	}
    }

  if (*state->low.get (node) != *state->index.get (node))
    return;
  /* NODE is the root of a component: pop it.  */
  auto_vec<cgraph_node *> members;
  cgraph_node *m;
  do
    {
      m = state->stack.pop ();
      state->on_stack.remove (m);
      members.safe_push (m);
    }
  while (m != node);
  if (members.length () > 1 || self)
    for (unsigned i = 0; i < members.length (); i++)
      escape_recursive_fns->add (members[i]->decl);
}

/* Compute which functions of the unit may be recursive.  Called once
   the IPA passes are done, while the call graph is still whole.  */

void
escape_compute_recursion (void)
{
  if (escape_recursive_fns == NULL)
    escape_recursive_fns = new hash_set<tree>;
  struct escape_scc_state state;
  state.counter = 0;
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    if (!node->inlined_to && node->address_taken)
      state.address_taken.safe_push (node);
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    if (!node->inlined_to && !state.index.get (node))
      escape_scc_visit (&state, node);
}

/* Return true if function FNDECL may be part of a recursion.  Without
   facts (the IPA hook did not run), assume it may.  */

bool
escape_function_recursive_p (tree fndecl)
{
  return escape_recursive_fns == NULL || escape_recursive_fns->contains (fndecl);
}

/* Release the summaries at the end of the compilation.  */

void
escape_release_summaries (void)
{
  delete escape_free_summaries;
  escape_free_summaries = NULL;
  delete escape_recursive_fns;
  escape_recursive_fns = NULL;
}
