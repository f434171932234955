/* summary.cc -- facts about functions that outlive one pass execution.

   Owns the facts the solver asks about callees and the current function:

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

   2. "What may this function do to the object passed as parameter I?"
      The escape graph of each pointer parameter (graph.cc, started from
      its default definition) is judged like an allocation's: storing it
      anywhere, converting it to an integer that is not only compared,
      inline asm, or passing it to a call that may capture it makes it
      CAPTURED; freeing or reallocating it, or passing it to a call that
      may, makes it FREED; returning it makes it RETURNED, and callers
      then follow the call's result.  This is more precise
      than modref's flags, which say "may escape" for a parameter that
      is only the source of a memcpy, and than the function-wide "may
      free" fact.  Parameters that are not analysed (more than
      ESCAPE_MAX_PARAMS, or a callee without a summary) fall back to
      modref and the function-wide fact.

   3. "May this function be recursive?"  Frames of a recursive function
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
      (raise, sigprocmask: escape_signal_runner_p, libc.cc).  In an LTRANS
      partition such a call (every call to another partition's function
      is one) may also reach every function other partitions call.  Recursion through another unit that calls a function of
      this one by its name is not seen: every public function calling
      the library would then count as recursive.  There only
      max-frame-size bounds what promotion adds to each frame.

   4. "How many bytes may this function promote, so that no call chain
      of the unit gains more than max-chain-size?"  The pass decides a
      function's promotions when it runs on it, and GCC usually runs it
      on callees before callers.  At PLUGIN_ALL_IPA_PASSES_END, on the
      graph of 3 (callbacks included), each function gets an ESTIMATE,
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
   function may be replaced at run time by a patched version, and GCC
   then keeps one function's code from depending on another's body: it
   turns off IPA modref, pure-const, reference and the like.  So do we:
   no callee has a summary (a call may capture, free and read anything
   modref's absent flags and the declaration allow), and a call to a
   function of this unit may call back, as one to another unit's.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Function decl -> true if it may free memory it does not own.  */
static hash_map<tree, bool> *escape_free_summaries;

/* Decls of functions that may be part of a recursion.  */
static hash_set<tree> *escape_recursive_fns;

/* The call-chain facts of one function (fact 4 of the file comment).  */
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

/* The effects (ESCAPE_EFFECT_*) of a function on each of its first
   ESCAPE_MAX_PARAMS parameters, three bits a parameter, and the number of
   its parameters (its DECL_ARGUMENTS are gone once it is expanded).  */
#define ESCAPE_MAX_PARAMS 21
struct escape_param_info
{
  unsigned HOST_WIDE_INT bits;
  int nparms;
  bool reads_data;		/* See escape_function_reads_data_p.  */
};

/* Function decl -> its parameter summary.  */
static hash_map<tree, escape_param_info> *escape_param_summaries;

/* Return the decl of the function body that call STMT runs, when that
   body is the one compiled in this unit (not interposable), or NULL;
   live patching may replace it, see escape_callee_body.  */

static tree
escape_callee_body_1 (gcall *stmt)
{
  tree fndecl = gimple_call_fndecl (stmt);
  if (fndecl == NULL_TREE)
    return NULL_TREE;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (node == NULL)
    return NULL_TREE;
  enum availability avail;
  node = node->function_symbol (&avail);
  if (node == NULL || avail < AVAIL_AVAILABLE)
    return NULL_TREE;
  return node->decl;
}

/* Return the decl of the function body that call STMT runs, when the
   body compiled in this unit is the one that will run, or NULL: under
   -flive-patching, a patch may replace any body.  */

static tree
escape_callee_body (gcall *stmt)
{
  if (flag_live_patching != LIVE_PATCHING_NONE)
    return NULL_TREE;
  return escape_callee_body_1 (stmt);
}

/* Return true if call STMT runs a function of this unit whose body only
   -flive-patching keeps us from looking into.  */

bool
escape_callee_patchable_p (gcall *stmt)
{
  return (flag_live_patching != LIVE_PATCHING_NONE
	  && !gimple_call_internal_p (stmt)
	  && !gimple_call_builtin_p (stmt, BUILT_IN_NORMAL)
	  && escape_callee_body_1 (stmt) != NULL_TREE);
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
  tree body = escape_callee_body (stmt);
  if (body == NULL_TREE || escape_free_summaries == NULL)
    return true;
  bool *may_free = escape_free_summaries->get (body);
  return may_free == NULL || *may_free;
}

/* Return the summary of the function call STMT reaches, when the plugin
   has one: a direct call, not to a builtin or internal function, of a
   function of this unit that cannot be replaced.  */

static escape_param_info *
escape_callee_info (gcall *stmt)
{
  if (escape_param_summaries == NULL || gimple_call_internal_p (stmt)
      || gimple_call_builtin_p (stmt, BUILT_IN_NORMAL))
    return NULL;
  tree body = escape_callee_body (stmt);
  if (body == NULL_TREE)
    return NULL;
  return escape_param_summaries->get (body);
}

/* Return in *EFFECTS what call STMT may do to the object passed as its
   argument ARGNO (1-based), from the callee's parameter summary; return
   false when there is none.  */

bool
escape_param_summary (gcall *stmt, int argno, int *effects)
{
  /* Arguments past ESCAPE_MAX_PARAMS fall back to modref.  */
  if (argno > ESCAPE_MAX_PARAMS)
    return false;
  escape_param_info *info = escape_callee_info (stmt);
  /* The argument must be a declared parameter (not a variadic one).  */
  if (info == NULL || argno > info->nparms
      || gimple_call_num_args (stmt) != (unsigned) info->nparms)
    return false;
  *effects = (info->bits >> (3 * (argno - 1))) & 7;
  return true;
}

/* Return true if call STMT may read memory it does not own as data:
   anything but pointers (which points-to analysis follows), from the
   callee's summary; true when there is none.  */

bool
escape_callee_reads_data_p (gcall *stmt)
{
  escape_param_info *info = escape_callee_info (stmt);
  return info == NULL || info->reads_data;
}

/* Return true if the pointer NAME, loaded by FUN from memory it does not
   own, may have its value (the address, not what it points to) turned
   into data: follow it through copies, pointer arithmetic, PHIs and
   calls that return it; it may be used as the address of a load or a
   store, compared for equality, or passed to a callee of this unit
   whose parameter summary says it neither captures nor frees it.  Any
   other use (a conversion to an integer, a store of the pointer itself,
   a return, an asm, a relational comparison, a MIN or MAX, an unknown
   callee) may
   reveal the address to code that rebuilds it where points-to analysis
   cannot follow it (issue 13: a noinline callee converting the loaded
   address bit by bit).  */

static bool
escape_loaded_pointer_exposed_p (tree name)
{
  auto_bitmap visited;
  auto_vec<tree> worklist;
  worklist.safe_push (name);
  bitmap_set_bit (visited, SSA_NAME_VERSION (name));
  while (!worklist.is_empty ())
    {
      tree cur = worklist.pop ();
      imm_use_iterator iter;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, iter, cur)
	{
	  if (is_gimple_debug (use))
	    continue;
	  tree follow = NULL_TREE;
	  bool ok = false;
	  if (gphi *phi = dyn_cast <gphi *> (use))
	    follow = gimple_phi_result (phi);
	  else if (gassign *as = dyn_cast <gassign *> (use))
	    {
	      tree lhs = gimple_assign_lhs (as);
	      enum tree_code code = gimple_assign_rhs_code (as);
	      if (gimple_assign_single_p (as)
		  && gimple_assign_rhs1 (as) != cur
		  && TREE_CODE (gimple_assign_rhs1 (as)) != ADDR_EXPR
		  && (gimple_store_p (as) || gimple_assign_load_p (as)))
		/* CUR is only the address of the memory accessed.  */
		ok = true;
	      else if (code == MIN_EXPR || code == MAX_EXPR
		       || (code == COND_EXPR
			   && COMPARISON_CLASS_P (gimple_assign_rhs1 (as))
			   && escape_ordering_code_p
				(TREE_CODE (gimple_assign_rhs1 (as)))
			   && (TREE_OPERAND (gimple_assign_rhs1 (as), 0) == cur
			       || TREE_OPERAND (gimple_assign_rhs1 (as), 1)
				  == cur)))
		/* An order against another pointer: exposed.  */
		ok = false;
	      else if (TREE_CODE (lhs) == SSA_NAME
		       && POINTER_TYPE_P (TREE_TYPE (lhs)))
		follow = lhs;
	      else if (code == EQ_EXPR || code == NE_EXPR)
		ok = true;
	    }
	  else if (gcond *cond = dyn_cast <gcond *> (use))
	    ok = (gimple_cond_code (cond) == EQ_EXPR
		  || gimple_cond_code (cond) == NE_EXPR);
	  else if (gcall *call = dyn_cast <gcall *> (use))
	    {
	      ok = true;
	      for (unsigned i = 0; i < gimple_call_num_args (call) && ok; i++)
		{
		  if (gimple_call_arg (call, i) != cur)
		    continue;
		  int effects;
		  if (escape_free_call_p (call))
		    continue;
		  if (!escape_param_summary (call, i + 1, &effects)
		      || (effects & ESCAPE_EFFECT_CAPTURES))
		    ok = false;
		  else if (effects & ESCAPE_EFFECT_RETURNS)
		    {
		      tree lhs = gimple_call_lhs (call);
		      if (lhs && (TREE_CODE (lhs) != SSA_NAME
				  || !POINTER_TYPE_P (TREE_TYPE (lhs))))
			ok = false;
		      else if (lhs)
			follow = lhs;
		    }
		}
	      /* The static chain is the address of the caller's frame.  */
	      if (gimple_call_chain (call) == cur)
		ok = false;
	    }
	  if (follow)
	    {
	      if (bitmap_set_bit (visited, SSA_NAME_VERSION (follow)))
		worklist.safe_push (follow);
	      ok = true;
	    }
	  if (!ok)
	    return true;
	}
    }
  return false;
}

/* Return true if FUN may read memory it does not own as data: a load of
   a non-pointer value (or an aggregate) from anything but its own
   automatic variables, a pointer loaded from memory it does not own
   whose value may become data (escape_loaded_pointer_exposed_p), a
   builtin or internal call reading memory, an asm, or a call whose
   callee may.  Other pointer loads are left out: a stored address read
   back as a pointer and only dereferenced is followed by points-to
   analysis; read as data it could be rebuilt where it is not.  */

static bool
escape_function_reads_data_p (function *fun)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (gimple_assign_single_p (stmt) && gimple_assign_load_p (stmt))
	  {
	    tree lhs = gimple_assign_lhs (stmt);
	    tree base = get_base_address (gimple_assign_rhs1 (stmt));
	    if (base && VAR_P (base) && auto_var_in_fn_p (base, fun->decl))
	      continue;
	    if (TREE_CODE (lhs) == SSA_NAME && POINTER_TYPE_P (TREE_TYPE (lhs))
		&& !escape_loaded_pointer_exposed_p (lhs))
	      continue;
	    return true;
	  }
	if (gimple_code (stmt) == GIMPLE_ASM)
	  return true;
	gcall *call = dyn_cast <gcall *> (stmt);
	if (call == NULL)
	  continue;
	if (gimple_call_builtin_p (call, BUILT_IN_NORMAL)
	    || gimple_call_internal_p (call))
	  {
	    if (escape_libc_reads_no_data_p (call))
	      continue;
	    for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	      if (POINTER_TYPE_P (TREE_TYPE (gimple_call_arg (call, i))))
		return true;
	    continue;
	  }
	if (escape_callee_reads_data_p (call))
	  return true;
      }
  return false;
}

/* Return true if call STMT may return its argument ARGNO (1-based), or a
   pointer derived from it, as its value.  */

bool
escape_call_may_return_arg (gcall *stmt, int argno)
{
  if (gimple_call_internal_p (stmt))
    return true;
  int effects;
  if (escape_param_summary (stmt, argno, &effects))
    return (effects & ESCAPE_EFFECT_RETURNS) != 0;
  return !(gimple_call_arg_flags (stmt, argno - 1) & EAF_NOT_RETURNED_DIRECTLY);
}

/* Return the effects (ESCAPE_EFFECT_*) that FUN may have on the object
   its pointer parameter whose default definition is NAME points to.  */

static int
escape_param_effects (function *fun, tree name)
{
  struct escape_site site;
  memset (&site, 0, sizeof site);
  site.alloc.ptr = name;
  escape_build_graph (fun, &site, false);
  int effects = site.graph.store ? ESCAPE_EFFECT_CAPTURES : 0;
  for (unsigned i = 0; i < site.graph.uses.length (); i++)
    {
      struct escape_use *u = &site.graph.uses[i];
      switch (u->kind)
	{
	case USE_RETURN:
	  effects |= ESCAPE_EFFECT_RETURNS;
	  break;
	case USE_INT_CONV:
	  /* A parameter's alignment is unknown: only null tests.  */
	  if (!escape_int_use_harmless_p (gimple_get_lhs (u->stmt), 1))
	    effects |= ESCAPE_EFFECT_CAPTURES;
	  break;
	case USE_PTRDIFF:
	  if (!escape_ptrdiff_within_p (&site, u->stmt))
	    effects |= ESCAPE_EFFECT_CAPTURES;
	  break;
	case USE_CALL_ARG:
	  {
	    gcall *call = as_a <gcall *> (u->stmt);
	    if (escape_free_call_p (call))
	      effects |= ESCAPE_EFFECT_FREES;
	    else if (escape_realloc_call_p (call)
		     || gimple_call_internal_p (call)
		     || gimple_call_fndecl (call) == NULL_TREE)
	      effects |= ESCAPE_EFFECT_CAPTURES | ESCAPE_EFFECT_FREES;
	    else
	      effects |= escape_call_arg_effects (call, u->argno);
	    break;
	  }
	default:
	  effects |= ESCAPE_EFFECT_CAPTURES;
	  break;
	}
    }
  escape_release_graph (&site);
  return effects;
}

/* Record what FUN may do to the objects its pointer parameters point
   to.  Called before FUN's own promotions are rewritten.  */

void
escape_summarize_params (function *fun)
{
  unsigned HOST_WIDE_INT bits = 0;
  int i = 0;
  for (tree parm = DECL_ARGUMENTS (fun->decl); parm;
       parm = DECL_CHAIN (parm), i++)
    {
      if (i >= ESCAPE_MAX_PARAMS)
	continue;
      int effects = 0;
      tree name = ssa_default_def (fun, parm);
      if (POINTER_TYPE_P (TREE_TYPE (parm)) && name)
	effects = escape_param_effects (fun, name);
      else if (!is_gimple_reg (parm))
	/* The parameter lives in memory (its address is taken, or it is
	   volatile): we do not follow it there.  Only a parameter that is
	   a register without a default definition is really unused.  */
	effects = ESCAPE_EFFECT_CAPTURES | ESCAPE_EFFECT_FREES;
      else if (!POINTER_TYPE_P (TREE_TYPE (parm)) && name
	       && !INTEGRAL_TYPE_P (TREE_TYPE (parm))
	       && !SCALAR_FLOAT_TYPE_P (TREE_TYPE (parm)))
	effects = ESCAPE_EFFECT_CAPTURES | ESCAPE_EFFECT_FREES;
      bits |= (unsigned HOST_WIDE_INT) effects << (3 * i);
      if (dump_file && POINTER_TYPE_P (TREE_TYPE (parm)))
	fprintf (dump_file, "Summary: parameter %d of %s:%s%s%s%s.\n", i + 1,
		 escape_decl_name (fun->decl),
		 effects & ESCAPE_EFFECT_CAPTURES ? " may capture" : "",
		 effects & ESCAPE_EFFECT_FREES ? " may free" : "",
		 effects & ESCAPE_EFFECT_RETURNS ? " may return" : "",
		 effects ? "" : " neither captured, freed nor returned");
    }
  /* Parameters past ESCAPE_MAX_PARAMS have no summary bits.  */
  if (escape_param_summaries == NULL)
    escape_param_summaries = new hash_map<tree, escape_param_info>;
  escape_param_info info = { bits, i, escape_function_reads_data_p (fun) };
  if (dump_file)
    fprintf (dump_file, "Summary: %s %s memory it does not own as data.\n",
	     escape_decl_name (fun->decl),
	     info.reads_data ? "may read" : "reads no");
  escape_param_summaries->put (fun->decl, info);
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

/* Set the call-chain estimates and bounds (fact 4 of the file comment)
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

/* Release the summaries at the end of the compilation.  */

void
escape_release_summaries (void)
{
  delete escape_free_summaries;
  escape_free_summaries = NULL;
  delete escape_recursive_fns;
  escape_recursive_fns = NULL;
  if (escape_chain_facts)
    for (hash_map<tree, escape_chain_info>::iterator it
	   = escape_chain_facts->begin ();
	 it != escape_chain_facts->end (); ++it)
      delete (*it).second.succs;
  delete escape_chain_facts;
  escape_chain_facts = NULL;
  delete escape_param_summaries;
  escape_param_summaries = NULL;
}
