/* graph.cc -- the escape graph of one allocation site.

   Owns the question "which SSA names may hold the object's address, and
   how is each of them used?".  Starting from the allocation's result we
   follow the address through copies, casts, pointer arithmetic, PHIs,
   conditional expressions and calls that may return an argument.  Every
   other use is classified:

     harmless   loads and stores *through* the pointer, comparisons
		(the "if (!p)" check), debug statements;
     event      passed to a call, stored as a value into memory,
		returned, converted to an integer, subtracted from a
		pointer, used by inline asm, or anything we do not model.

   Events are judged by the solver (solve.cc) and, for a parameter, by
   summary.cc; both ask callee.cc about calls, and this file whether an
   integer conversion or a pointer difference is harmless.  As long as
   the address is never stored into memory, the names found by this
   walk are the only places that can hold it: nothing else can reach
   the object.
   Stores of the address are not followed by hand: once there is one,
   every pointer whose points-to set (computed by GCC's "alias" pass
   just before us) may include the object joins the graph too, so a
   pointer read back from a local struct, from another heap object or
   from the object itself is covered, and its uses are classified the
   same way.  A name with no points-to information, or pointing to
   "anything", is assumed to hold the address.  This makes the graph an
   over-approximation: the safe direction.

   Finally, we compute which names always equal the base pointer (EXACT)
   and which equal it or are null (EXACT_OR_NULL), as a greatest fixed
   point over copies and PHIs; only through those may a free end the
   object's life.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* Return true if pointer SSA name NAME may point to the object whose
   points-to UID is UID, according to GCC's points-to solution.  It is
   always safe to return true.  */

bool
escape_ptr_may_point_to (tree name, unsigned uid)
{
  if (!POINTER_TYPE_P (TREE_TYPE (name)))
    return false;
  struct ptr_info_def *pi = SSA_NAME_PTR_INFO (name);
  return pi == NULL || escape_pt_may_include (&pi->pt, uid);
}

/* Return true if the points-to solution PT may include the object whose
   points-to UID is UID.  It is always safe to return true.  */

bool
escape_pt_may_include (struct pt_solution *pt, unsigned uid)
{
  if (pt->anything || pt->ipa_escaped)
    return true;
  if (pt->vars && bitmap_bit_p (pt->vars, uid))
    return true;
  if (pt->escaped)
    {
      struct pt_solution *esc = &cfun->gimple_df->escaped;
      return esc->anything || (esc->vars && bitmap_bit_p (esc->vars, uid));
    }
  return false;
}

/* Return true if ADDR, an ADDR_EXPR, computes an address inside the
   memory NAME points to, as in &NAME->field or &MEM[NAME + 4].  */

static bool
escape_addr_based_on_p (tree addr, tree name)
{
  if (TREE_CODE (addr) != ADDR_EXPR)
    return false;
  tree base = get_base_address (TREE_OPERAND (addr, 0));
  return (base
	  && (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
	  && TREE_OPERAND (base, 0) == name);
}

/* Return true if OP is NAME itself or an address computed from it.  */

static bool
escape_value_of_p (tree op, tree name)
{
  return op == name || escape_addr_based_on_p (op, name);
}

/* Return true if NAME is used as a value anywhere in the tree T: not
   only as the address of a memory reference (the base of a MEM_REF),
   but, say, as the operand of a BIT_FIELD_REF that extracts bits of
   the pointer itself.  */

static bool
escape_value_use_p (tree t, tree name)
{
  if (t == name)
    return true;
  if (t == NULL_TREE || !EXPR_P (t))
    return false;
  int first = 0;
  if (TREE_CODE (t) == MEM_REF || TREE_CODE (t) == TARGET_MEM_REF)
    first = 1;
  for (int i = first; i < TREE_OPERAND_LENGTH (t); i++)
    if (escape_value_use_p (TREE_OPERAND (t, i), name))
      return true;
  return false;
}

/* Add NAME to the graph of SITE, and to WORKLIST when it is new.
   VIA_MEMORY says it was found by points-to facts rather than by
   following the address.  */

static void
escape_add_name (struct escape_site *site, tree name, vec<tree> *worklist,
		 bool via_memory)
{
  if (TREE_CODE (name) != SSA_NAME)
    return;
  if (bitmap_set_bit (site->graph.derived, SSA_NAME_VERSION (name)))
    {
      worklist->safe_push (name);
      if (!via_memory && site->graph.walking)
	{
	  if (site->graph.parent == NULL)
	    site->graph.parent = new hash_map<tree, tree>;
	  site->graph.parent->put (name, site->graph.walking);
	}
      if (via_memory)
	bitmap_set_bit (site->graph.via_memory, SSA_NAME_VERSION (name));
    }
}

/* Record an event of KIND for the use of NAME by STMT in SITE.  */

static void
escape_add_use (struct escape_site *site, gimple *stmt, tree name,
		enum escape_use_kind kind, int argno)
{
  struct escape_use u = { stmt, name, kind, argno };
  site->graph.uses.safe_push (u);
}

/* NAME is copied or converted by STMT: follow a pointer result into
   WORKLIST, record an integer result as a conversion event, anything
   else as unhandled.  */

static void
escape_follow_conversion (struct escape_site *site, gassign *stmt, tree name,
			  vec<tree> *worklist)
{
  tree lhs = gimple_assign_lhs (stmt);
  if (POINTER_TYPE_P (TREE_TYPE (lhs)))
    escape_add_name (site, lhs, worklist, false);
  else if (INTEGRAL_TYPE_P (TREE_TYPE (lhs)))
    escape_add_use (site, stmt, name, USE_INT_CONV, 0);
  else
    escape_add_use (site, stmt, name, USE_UNHANDLED, 0);
}

/* Return true if comparison CODE orders its operands (<, <=, >, >=
   and their unordered forms): unlike == and !=, comparing a pointer
   that way with one to another object reveals where it lies, and a
   program can rebuild the address bit by bit from such tests.  */

bool
escape_ordering_code_p (enum tree_code code)
{
  return (TREE_CODE_CLASS (code) == tcc_comparison
	  && code != EQ_EXPR && code != NE_EXPR);
}

/* Classify the use of NAME by assignment STMT for SITE: follow derived
   pointers into WORKLIST, record events, ignore harmless uses.  */

static void
escape_classify_assign (struct escape_site *site, gassign *stmt, tree name,
			vec<tree> *worklist)
{
  tree lhs = gimple_assign_lhs (stmt);
  enum tree_code code = gimple_assign_rhs_code (stmt);
  tree rhs1 = gimple_assign_rhs1 (stmt);

  /* A store.  Storing *through* NAME is harmless; storing NAME (or an
     address computed from it) as the value is an event.  */
  if (TREE_CODE (lhs) != SSA_NAME)
    {
      if (gimple_assign_single_p (stmt) && escape_value_of_p (rhs1, name))
	escape_add_use (site, stmt, name, USE_STORE, 0);
      else if ((TREE_CODE (rhs1) == CONSTRUCTOR
		&& CONSTRUCTOR_NELTS (rhs1) > 0)
	       || escape_value_use_p (rhs1, name)
	       || escape_value_use_p (lhs, name))
	escape_add_use (site, stmt, name, USE_UNHANDLED, 0);
      return;
    }

  /* A comparison: equality reveals nothing but itself; an order
     against another pointer reveals where the object is.  */
  if (TREE_CODE_CLASS (code) == tcc_comparison)
    {
      if (escape_ordering_code_p (code))
	escape_add_use (site, stmt, name, USE_PTRDIFF, 0);
      return;
    }

  /* A single operand: a copy of NAME or of an address computed from it,
     a view-conversion of NAME, a vector constructor, or else a load
     with NAME as (part of) the address, which is harmless.  */
  if (gimple_assign_single_p (stmt))
    {
      if (escape_value_of_p (rhs1, name)
	  || (code == VIEW_CONVERT_EXPR && TREE_OPERAND (rhs1, 0) == name))
	escape_follow_conversion (site, stmt, name, worklist);
      else if (code == CONSTRUCTOR || escape_value_use_p (rhs1, name))
	escape_add_use (site, stmt, name, USE_UNHANDLED, 0);
      return;
    }

  switch (code)
    {

    CASE_CONVERT:
      escape_follow_conversion (site, stmt, name, worklist);
      return;

    case POINTER_PLUS_EXPR:
      if (rhs1 == name)
	escape_add_name (site, lhs, worklist, false);
      else
	escape_add_use (site, stmt, name, USE_UNHANDLED, 0);
      return;

    case POINTER_DIFF_EXPR:
      escape_add_use (site, stmt, name, USE_PTRDIFF, 0);
      return;

    case COND_EXPR:
      if (gimple_assign_rhs2 (stmt) == name
	  || gimple_assign_rhs3 (stmt) == name)
	escape_add_name (site, lhs, worklist, false);
      /* In the condition (GCC 12 allows a comparison there): as a
	 comparison.  */
      if (COMPARISON_CLASS_P (rhs1)
	  && escape_ordering_code_p (TREE_CODE (rhs1)))
	escape_add_use (site, stmt, name, USE_PTRDIFF, 0);
      return;

    case MIN_EXPR:
    case MAX_EXPR:
      /* The result points into the object or is the other operand,
	 and which one it is orders the two.  */
      escape_add_use (site, stmt, name, USE_PTRDIFF, 0);
      escape_add_name (site, lhs, worklist, false);
      return;

    default:
      escape_add_use (site, stmt, name, USE_UNHANDLED, 0);
      return;
    }
}

/* Classify the use of NAME by call STMT for SITE.  Passing NAME or an
   address computed from it is an event; if the call may return that
   argument, its result joins the graph.  NAME as the base of an
   aggregate argument or of the call's lhs is a load or store through
   it, harmless.  */

static void
escape_classify_call (struct escape_site *site, gcall *stmt, tree name,
		      vec<tree> *worklist)
{
  if (gimple_call_fn (stmt) == name || gimple_call_chain (stmt) == name)
    {
      escape_add_use (site, stmt, name, USE_UNHANDLED, 0);
      return;
    }
  tree lhs = gimple_call_lhs (stmt);
  for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
    {
      if (!escape_value_of_p (gimple_call_arg (stmt, i), name))
	continue;
      escape_add_use (site, stmt, name, USE_CALL_ARG, i + 1);
      if (lhs == NULL_TREE || !escape_call_may_return_arg (stmt, i + 1))
	continue;
      /* The call may return the argument: into a pointer we follow,
	 into an integer (judged like a conversion), or into memory,
	 which is a store.  A builtin's integer result is no address
	 (libc.cc).  */
      if (TREE_CODE (lhs) != SSA_NAME)
	escape_add_use (site, stmt, name, USE_STORE, 0);
      else if (POINTER_TYPE_P (TREE_TYPE (lhs)))
	escape_add_name (site, lhs, worklist, false);
      else if (!escape_libc_int_result_harmless_p (stmt))
	escape_add_use (site, stmt, name, USE_INT_CONV, 0);
    }
}

/* Classify every use of NAME for SITE, following derived pointers into
   WORKLIST.  */

static void
escape_classify_uses (struct escape_site *site, tree name,
		      vec<tree> *worklist)
{
  imm_use_iterator iter;
  gimple *stmt;
  FOR_EACH_IMM_USE_STMT (stmt, iter, name)
    {
      switch (gimple_code (stmt))
	{
	case GIMPLE_DEBUG:
	case GIMPLE_SWITCH:
	  break;
	case GIMPLE_COND:
	  if (escape_ordering_code_p (gimple_cond_code (stmt)))
	    escape_add_use (site, stmt, name, USE_PTRDIFF, 0);
	  break;
	case GIMPLE_PHI:
	  escape_add_name (site, gimple_phi_result (stmt), worklist, false);
	  break;
	case GIMPLE_ASSIGN:
	  escape_classify_assign (site, as_a <gassign *> (stmt), name,
				  worklist);
	  break;
	case GIMPLE_CALL:
	  escape_classify_call (site, as_a <gcall *> (stmt), name, worklist);
	  break;
	case GIMPLE_RETURN:
	  escape_add_use (site, stmt, name, USE_RETURN, 0);
	  break;
	case GIMPLE_ASM:
	  escape_add_use (site, stmt, name, USE_ASM, 0);
	  break;
	default:
	  escape_add_use (site, stmt, name, USE_UNHANDLED, 0);
	  break;
	}
    }
}

/* Drain WORKLIST, classifying the uses of each name for SITE; each name
   added meanwhile remembers the one whose use added it (the flow).  */

static void
escape_walk (struct escape_site *site, vec<tree> *worklist)
{
  while (!worklist->is_empty ())
    {
      site->graph.walking = worklist->pop ();
      escape_classify_uses (site, site->graph.walking, worklist);
    }
  site->graph.walking = NULL_TREE;
}

/* Return true if OP, a PHI argument or operand defining a derived name
   of SITE, keeps the name exact: another exact name (EXACT) or, when
   ALLOW_NULL, also a null constant.  */

static bool
escape_exact_operand_p (struct escape_site *site, tree op, bitmap set,
			bool allow_null)
{
  if (TREE_CODE (op) == SSA_NAME)
    return bitmap_bit_p (set, SSA_NAME_VERSION (op));
  return allow_null && integer_zerop (op);
}

/* Return true if derived name NAME of SITE may stay in SET, the exact
   (ALLOW_NULL false) or exact-or-null set, given the current SET.  */

static bool
escape_stays_exact_p (struct escape_site *site, tree name, bitmap set,
		      bool allow_null)
{
  if (name == site->alloc.ptr)
    return true;
  gimple *def = SSA_NAME_DEF_STMT (name);
  if (gphi *phi = dyn_cast <gphi *> (def))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (!escape_exact_operand_p (site, gimple_phi_arg_def (phi, i), set,
				     allow_null))
	  return false;
      return true;
    }
  /* __builtin_assume_aligned (P, N) is P.  */
  if (gimple_call_builtin_p (def, BUILT_IN_ASSUME_ALIGNED))
    return escape_exact_operand_p (site, gimple_call_arg (def, 0), set,
				   false);
  if (!is_gimple_assign (def))
    return false;
  enum tree_code code = gimple_assign_rhs_code (def);
  if (code == SSA_NAME || CONVERT_EXPR_CODE_P (code))
    return escape_exact_operand_p (site, gimple_assign_rhs1 (def), set,
				   false);
  if (code == COND_EXPR)
    return (escape_exact_operand_p (site, gimple_assign_rhs2 (def), set,
				    allow_null)
	    && escape_exact_operand_p (site, gimple_assign_rhs3 (def), set,
				       allow_null));
  return false;
}

/* Compute SET as the greatest fixed point of escape_stays_exact_p over
   the derived names of SITE.  */

static void
escape_compute_exact (struct escape_site *site, bitmap set, bool allow_null)
{
  bitmap_copy (set, site->graph.derived);
  bitmap_and_compl_into (set, site->graph.via_memory);
  bool changed = true;
  while (changed)
    {
      changed = false;
      bitmap_iterator bi;
      unsigned v;
      auto_vec<unsigned> drop;
      EXECUTE_IF_SET_IN_BITMAP (set, 0, v, bi)
	if (!escape_stays_exact_p (site, ssa_name (v), set, allow_null))
	  drop.safe_push (v);
      for (unsigned i = 0; i < drop.length (); i++)
	bitmap_clear_bit (set, drop[i]);
      changed = !drop.is_empty ();
    }
}

/* Return true if STMT, a pointer difference, an ordering comparison
   (a condition, an assignment or a COND_EXPR's condition) or a MIN or
   MAX, has two pointers of SITE's graph as operands, which reveals
   nothing but offsets within the object.  */

bool
escape_ptrdiff_within_p (struct escape_site *site, gimple *stmt)
{
  tree a, b;
  if (gcond *c = dyn_cast <gcond *> (stmt))
    a = gimple_cond_lhs (c), b = gimple_cond_rhs (c);
  else if (gimple_assign_rhs_code (stmt) == COND_EXPR)
    {
      tree cond = gimple_assign_rhs1 (stmt);
      a = TREE_OPERAND (cond, 0), b = TREE_OPERAND (cond, 1);
    }
  else
    a = gimple_assign_rhs1 (stmt), b = gimple_assign_rhs2 (stmt);
  return (TREE_CODE (a) == SSA_NAME && TREE_CODE (b) == SSA_NAME
	  && bitmap_bit_p (site->graph.derived, SSA_NAME_VERSION (a))
	  && bitmap_bit_p (site->graph.derived, SSA_NAME_VERSION (b)));
}

/* Build the escape graph of SITE in function FUN: its derived names,
   their use events and the exact subsets.  With USE_PTA,
   SITE->graph.heap_uid must be set, and once the address is stored
   every pointer that may point to the object joins the graph; without,
   the graph stops at the store (the caller must treat
   SITE->graph.store as an escape).  */

void
escape_build_graph (function *fun, struct escape_site *site, bool use_pta)
{
  site->graph.derived = BITMAP_ALLOC (NULL);
  site->graph.via_memory = BITMAP_ALLOC (NULL);
  site->graph.exact = BITMAP_ALLOC (NULL);
  site->graph.exact_or_null = BITMAP_ALLOC (NULL);
  site->graph.uses.create (8);
  site->graph.own_closed = false;
  site->graph.own_start = NULL;

  auto_vec<tree> worklist;
  escape_add_name (site, site->alloc.ptr, &worklist, false);
  escape_walk (site, &worklist);

  /* If the address is ever stored into memory, pointers read back from
     memory may hold it: add every pointer that points-to analysis says
     may.  If it never is, only the names found so far can hold it.  */
  for (unsigned j = 0;
       j < site->graph.uses.length () && !site->graph.store; j++)
    if (site->graph.uses[j].kind == USE_STORE)
      site->graph.store = site->graph.uses[j].stmt;
  if (site->graph.store && use_pta)
    {
      unsigned i;
      tree name;
      FOR_EACH_SSA_NAME (i, name, fun)
	if (!bitmap_bit_p (site->graph.derived, i)
	    && escape_ptr_may_point_to (name, site->graph.heap_uid))
	  escape_add_name (site, name, &worklist, true);
      escape_walk (site, &worklist);
    }

  escape_compute_exact (site, site->graph.exact, false);
  escape_compute_exact (site, site->graph.exact_or_null, true);
}

/* Release what escape_build_graph allocated for SITE.  */

void
escape_release_graph (struct escape_site *site)
{
  if (site->graph.derived)
    {
      BITMAP_FREE (site->graph.derived);
      BITMAP_FREE (site->graph.via_memory);
      BITMAP_FREE (site->graph.exact);
      BITMAP_FREE (site->graph.exact_or_null);
    }
  if (site->graph.own_start)
    BITMAP_FREE (site->graph.own_start);
  site->graph.uses.release ();
  site->graph.frees.release ();
  delete site->graph.parent;
  site->graph.parent = NULL;
  site->graph.reallocs.release ();
  site->graph.shared_frees.release ();
}

/* Return true if the integer comparison CODE of OP0 and OP1 reveals
   nothing of a value other than whether it is zero: == or != against
   zero.  */

static bool
escape_null_test_p (enum tree_code code, tree op0, tree op1)
{
  return ((code == EQ_EXPR || code == NE_EXPR)
	  && (integer_zerop (op0) || integer_zerop (op1)));
}

/* Return true if the integer NAME, the address of an object aligned to
   ALIGN bytes (or an integer copy of it), reveals nothing about that
   address: every use is a test against zero, or masks the bits below the
   alignment ("(uintptr_t) p & 15", "% 16"), which are zero whatever the
   address, and then may be used freely.  Any other use may leak bits of
   the address, and under the C provenance model converting a pointer to
   an integer "exposes" the object, which may then be reached through an
   integer turned back into a pointer.  */

bool
escape_int_use_harmless_p (tree name, unsigned HOST_WIDE_INT align)
{
  imm_use_iterator iter;
  use_operand_p use_p;
  FOR_EACH_IMM_USE_FAST (use_p, iter, name)
    {
      gimple *stmt = USE_STMT (use_p);
      if (is_gimple_debug (stmt))
	continue;
      if (gcond *c = dyn_cast <gcond *> (stmt))
	{
	  if (escape_null_test_p (gimple_cond_code (c), gimple_cond_lhs (c),
				  gimple_cond_rhs (c)))
	    continue;
	  return false;
	}
      gassign *a = dyn_cast <gassign *> (stmt);
      if (a == NULL)
	return false;
      enum tree_code code = gimple_assign_rhs_code (a);
      tree op1 = gimple_assign_rhs1 (a), op2 = gimple_assign_rhs2 (a);
      if (TREE_CODE_CLASS (code) == tcc_comparison
	  && escape_null_test_p (code, op1, op2))
	continue;
      if (op2 && TREE_CODE (op2) == INTEGER_CST && tree_fits_uhwi_p (op2)
	  && op1 == name)
	{
	  unsigned HOST_WIDE_INT c = tree_to_uhwi (op2);
	  if (code == BIT_AND_EXPR && (c & ~(align - 1)) == 0)
	    continue;
	  if (code == TRUNC_MOD_EXPR && pow2p_hwi (c) && c <= align)
	    continue;
	}
      if (CONVERT_EXPR_CODE_P (code)
	  && INTEGRAL_TYPE_P (TREE_TYPE (gimple_assign_lhs (a)))
	  && TYPE_PRECISION (TREE_TYPE (gimple_assign_lhs (a)))
	     >= TYPE_PRECISION (TREE_TYPE (name))
	  && escape_int_use_harmless_p (gimple_assign_lhs (a), align))
	continue;
      return false;
    }
  return true;
}
