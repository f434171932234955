/* recursion.cc -- recursion and call chains of the unit.

   Owns the facts taken from the call graph while it is whole, before
   any function is expanded:

   1. "May this function be recursive?"  Frames of a recursive function
      pile up, so it gets a smaller stack budget.  The call graph is
      complete only until functions are expanded (expansion releases
      their callee edges), so the strongly connected components are
      computed at PLUGIN_ALL_IPA_PASSES_END.  An indirect call is taken
      to reach every address-taken function of the unit, and so is a
      call to a function of another unit (or an interposable one) that
      is not declared leaf: it may call back a function whose address it
      was given (qsort's comparator calling the function that called
      qsort); so is a call to a GNU ifunc (its edge goes to the
      resolver) and to a leaf function that may run a signal handler
      (raise, sigprocmask: escape_signal_runner_p, libc.cc).  In an
      LTRANS partition such a call (every call to another partition's
      function is one) may also reach every function other partitions
      call.  Recursion through another unit that calls a function of
      this one by its name is not seen: every public function calling
      the library would then count as recursive.  There only
      max-frame-size bounds what promotion adds to each frame.

   2. "How many bytes may this function promote, so that no call chain
      of the unit gains more than max-chain-size?"  The pass decides a
      function's promotions when it runs on it, and GCC usually runs it
      on callees before callers.  At PLUGIN_ALL_IPA_PASSES_END, on the
      graph of 1 (callbacks included), each function gets an ESTIMATE,
      the most it may promote (its allocation sites and those inlined
      into it, capped by its frame budget), and a BOUND, the most that
      promotion may add along any chain starting at it (its estimate
      plus the largest bound among its successors; the members of a
      recursive component share one bound, the sum of their estimates,
      which are 0 with the default max-recursive-frame-size).  When the
      pass runs on F, each successor S contributes what it recorded
      (DOWN: its promoted bytes plus its own successors' largest
      contribution) if the pass has run on it, else its BOUND; F may
      promote at most its ESTIMATE and max-chain-size minus the largest
      contribution, and then records its own DOWN.  By induction no
      recorded DOWN exceeds the BOUND its callers may have used, and no
      chain starting at F adds more than F's DOWN, at most
      max-chain-size.  A chain through other units (a library calling
      back, or calling this unit's functions by name) adds up to
      max-chain-size for each pass through this unit; recursion with a
      non-zero max-recursive-frame-size is bounded per frame only.

   Under -flive-patching (inline-clone or inline-only-static) any
   function may be replaced at run time by a patched version (see
   summary.cc): a call to a function of this unit may then call back,
   as one to another unit's.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Decls of functions that may be part of a recursion.  */
static hash_set<tree> *escape_recursive_fns;

/* The call-chain facts of one function (fact 2 of the file comment).  */
struct escape_chain_info
{
  unsigned HOST_WIDE_INT estimate;	/* The most it may promote.  */
  unsigned HOST_WIDE_INT bound;	/* The most its chains may add.  */
  unsigned HOST_WIDE_INT down;	/* What they add, once DONE.  */
  bool done;			/* The pass has run on it.  */
  vec<tree> *succs;		/* Its successors' decls.  */
};

/* Function decl -> its call-chain facts.  */
static hash_map<tree, escape_chain_info> *escape_chain_facts;

/* Return the node that stands for NODE in the recursion analysis: the
   function an inline clone was inlined into, after resolving aliases.  */

static cgraph_node *
escape_root_node (cgraph_node *node)
{
  node = node->ultimate_alias_target ();
  return node->inlined_to ? node->inlined_to : node;
}

/* Return an upper bound of the bytes the pass may promote in the body
   of NODE and in the bodies inlined into it; set *UNKNOWN when a body
   is not at hand.  A clone made by IPA (constprop, isra) has its
   origin's body or less.  */

static unsigned HOST_WIDE_INT
escape_body_estimate (cgraph_node *node, bool *unknown)
{
  cgraph_node *origin = node;
  while (origin->clone_of)
    origin = origin->clone_of;
  function *fun = DECL_STRUCT_FUNCTION (origin->decl);
  if (fun == NULL || fun->cfg == NULL)
    {
      *unknown = true;
      return 0;
    }
  unsigned HOST_WIDE_INT sum = 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	struct escape_site site;
	if (call == NULL || !escape_recognize_site (call, &site))
	  continue;
	bool align_known = escape_align_known_p (&site.alloc);
	unsigned HOST_WIDE_INT storage
	  = MIN (escape_opts.max_guarded_size, escape_opts.max_object_size);
	if (escape_bump_candidate_p (&site)
	    && escape_block_in_cycle_p (gimple_bb (call)))
	  /* A site on a cycle may get frame storage (lifetime.cc), or
	     the slot below, whichever is larger.  */
	  sum += escape_slot_footprint (MAX (storage,
					     site.alloc.size_known
					     ? site.alloc.size
					     : escape_opts.max_object_size),
					ESCAPE_BUMP_ALIGN);
	else if (!site.alloc.size_known)
	  /* A bounded slot takes at most max-object-size bytes, a
	     guarded one less.  A site whose alignment is not known is
	     declined, but still counted here (at byte alignment).  */
	  sum += escape_slot_footprint (escape_opts.max_object_size,
					align_known ? site.alloc.align : 1);
	else if (site.alloc.size > 0
		 && site.alloc.size <= escape_opts.max_object_size
		 && align_known)
	  sum += escape_slot_footprint (site.alloc.size, site.alloc.align);
      }
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    if (!e->inline_failed)
      sum += escape_body_estimate (e->callee, unknown);
  return sum;
}

/* Set the call-chain estimates and bounds (fact 2 of the file comment)
   of the strongly connected component MEMBERS, RECURSIVE if it is a
   recursion; the components its members call have theirs already.  */

static void
escape_chain_component (vec<cgraph_node *> &members, bool recursive)
{
  unsigned HOST_WIDE_INT cap = escape_opts.max_frame_size;
  if (recursive)
    cap = MIN (cap, escape_opts.max_recursive_frame_size);
  hash_set<tree> in_component;
  unsigned HOST_WIDE_INT sum = 0, below = 0;
  for (unsigned i = 0; i < members.length (); i++)
    in_component.add (members[i]->decl);
  for (unsigned i = 0; i < members.length (); i++)
    {
      bool unknown = false;
      unsigned HOST_WIDE_INT est = escape_body_estimate (members[i],
							  &unknown);
      escape_chain_info *info = escape_chain_facts->get (members[i]->decl);
      info->estimate = unknown ? cap : MIN (est, cap);
      sum += info->estimate;
      for (unsigned j = 0; j < info->succs->length (); j++)
	{
	  tree s = (*info->succs)[j];
	  if (in_component.contains (s))
	    continue;
	  escape_chain_info *si = escape_chain_facts->get (s);
	  below = MAX (below, si ? si->bound : escape_opts.max_chain_size);
	}
    }
  for (unsigned i = 0; i < members.length (); i++)
    escape_chain_facts->get (members[i]->decl)->bound = sum + below;
}

/* Return the most that the successors of the function whose facts are
   INFO may add along a chain: what each recorded, or its bound.  */

static unsigned HOST_WIDE_INT
escape_chain_below (escape_chain_info *info)
{
  unsigned HOST_WIDE_INT below = 0;
  for (unsigned i = 0; i < info->succs->length (); i++)
    {
      escape_chain_info *si = escape_chain_facts->get ((*info->succs)[i]);
      if (si == NULL)
	return escape_opts.max_chain_size;
      below = MAX (below, si->done ? si->down : si->bound);
    }
  return below;
}

/* Return how many bytes function FNDECL may promote without letting a
   call chain of the unit gain more than max-chain-size; 0 without facts
   (the IPA hook did not run, or FNDECL was not in the call graph).  */

unsigned HOST_WIDE_INT
escape_chain_room (tree fndecl)
{
  escape_chain_info *info
    = escape_chain_facts ? escape_chain_facts->get (fndecl) : NULL;
  if (info == NULL)
    return 0;
  unsigned HOST_WIDE_INT below = escape_chain_below (info);
  if (below >= escape_opts.max_chain_size)
    return 0;
  return MIN (info->estimate, escape_opts.max_chain_size - below);
}

/* Record that the pass promoted USED bytes in function FNDECL, for the
   call-chain room of its callers.  */

void
escape_record_chain (tree fndecl, unsigned HOST_WIDE_INT used)
{
  escape_chain_info *info
    = escape_chain_facts ? escape_chain_facts->get (fndecl) : NULL;
  if (info == NULL)
    return;
  info->down = used + escape_chain_below (info);
  info->done = true;
  if (dump_file)
    fprintf (dump_file, "Summary: call chains from %s may add "
	     HOST_WIDE_INT_PRINT_UNSIGNED " bytes of promoted objects "
	     "(" HOST_WIDE_INT_PRINT_UNSIGNED " here).\n",
	     escape_decl_name (fndecl), info->down, used);
}

/* State of Tarjan's algorithm over the call graph.  */
struct escape_scc_state
{
  hash_map<cgraph_node *, int> index;	/* DFS number, 1-based.  */
  hash_map<cgraph_node *, int> low;
  hash_set<cgraph_node *> on_stack;
  auto_vec<cgraph_node *> stack;
  auto_vec<cgraph_node *> callback_targets; /* See escape_compute_recursion.  */
  int counter;
};

/* Return true if a direct call to CALLEE may call back into this unit:
   CALLEE's body is elsewhere (or may be replaced at link or load time,
   or by a live patch) and it is not declared leaf, or it may run a
   signal handler.  The string and memory builtins, malloc and free, and
   the glibc functions declared __THROW are leaf; qsort, bsearch and
   printf are not; raise and sigprocmask are, but may run the handler,
   which may call back.  */

static bool
escape_may_call_back_p (cgraph_node *callee)
{
  if (callee->has_gimple_body_p ()
      && callee->get_availability () > AVAIL_INTERPOSABLE
      && flag_live_patching == LIVE_PATCHING_NONE)
    return false;
  if (!(flags_from_decl_or_type (callee->decl) & ECF_LEAF))
    return true;
  if (DECL_NAME (callee->decl) == NULL_TREE)
    return true;
  return escape_signal_runner_p (callee->decl);
}

/* Return true if the call-graph node NODE, or an alias it resolves
   through, is a GNU ifunc: the call then goes to an implementation its
   resolver chose at load time, not to the resolver the alias names, and
   that implementation may be any function whose address the resolver
   can return.  */

static bool
escape_ifunc_p (cgraph_node *node)
{
  for (symtab_node *n = node; n; )
    {
      if (n->decl && lookup_attribute ("ifunc", DECL_ATTRIBUTES (n->decl)))
	return true;
      cgraph_node *cn = dyn_cast <cgraph_node *> (n);
      if (cn && cn->ifunc_resolver)
	return true;
      n = (n->alias && n->analyzed) ? n->get_alias_target () : NULL;
    }
  return false;
}

/* Collect into *OUT the call-graph successors of root function ROOT in
   STATE: the roots of the callees of ROOT and of everything inlined
   into it, and, for an indirect call, a call to a GNU ifunc (whose
   implementations are address-taken functions) or a call that may call
   back into the unit, every address-taken function.  *CALLBACKS records whether
   those were added already; the outermost caller passes NULL.  */

static void
escape_successors (struct escape_scc_state *state, cgraph_node *node,
		   vec<cgraph_node *> *out, bool *callbacks = NULL)
{
  bool added = false;
  if (callbacks == NULL)
    callbacks = &added;
  bool any = node->indirect_calls != NULL;
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    {
      cgraph_node *callee = escape_root_node (e->callee);
      if (!e->inline_failed)
	{
	  escape_successors (state, e->callee, out, callbacks);
	  continue;
	}
      if (callee->has_gimple_body_p ())
	out->safe_push (callee);
      /* A thunk (no body until it is expanded) runs its target.  */
      if (callee->thunk)
	for (cgraph_edge *te = callee->callees; te; te = te->next_callee)
	  {
	    cgraph_node *target = escape_root_node (te->callee);
	    if (target->has_gimple_body_p ())
	      out->safe_push (target);
	  }
      if (escape_may_call_back_p (callee) || escape_ifunc_p (e->callee))
	any = true;
    }
  if (any && !*callbacks)
    {
      *callbacks = true;
      for (unsigned i = 0; i < state->callback_targets.length (); i++)
	out->safe_push (state->callback_targets[i]);
    }
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
  escape_chain_info info;
  memset (&info, 0, sizeof info);
  info.succs = new vec<tree> ();
  for (unsigned i = 0; i < succs.length (); i++)
    info.succs->safe_push (succs[i]->decl);
  escape_chain_facts->put (node->decl, info);
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
  escape_chain_component (members, members.length () > 1 || self);
}

/* Compute which functions of the unit may be recursive.  Called once
   the IPA passes are done, while the call graph is still whole.  A call
   that may call back into the unit (escape_successors) may reach every
   address-taken function and, in an LTRANS partition of -flto, every
   function that another partition calls or refers to: the unit is then
   one partition of the program, and a cycle through the others enters
   it there (a call to another partition's function has no body here,
   is not leaf, and so may call back).  */

void
escape_compute_recursion (void)
{
  if (escape_recursive_fns == NULL)
    escape_recursive_fns = new hash_set<tree>;
  if (escape_chain_facts == NULL)
    escape_chain_facts = new hash_map<tree, escape_chain_info>;
  struct escape_scc_state state;
  state.counter = 0;
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    if (!node->inlined_to
	&& (node->address_taken
	    || (flag_ltrans && node->used_from_other_partition)))
      state.callback_targets.safe_push (node);
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

/* Release the recursion and call-chain facts at the end of the
   compilation.  */

void
escape_release_recursion (void)
{
  delete escape_recursive_fns;
  escape_recursive_fns = NULL;
  if (escape_chain_facts)
    for (hash_map<tree, escape_chain_info>::iterator it
	   = escape_chain_facts->begin ();
	 it != escape_chain_facts->end (); ++it)
      delete (*it).second.succs;
  delete escape_chain_facts;
  escape_chain_facts = NULL;
}
