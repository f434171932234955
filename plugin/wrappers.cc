/* wrappers.cc -- allocator wrappers.

   Owns which functions of the unit or of known families are allocators
   besides the C library's (sites.cc): a call to one is an allocation
   site of the allocator kind it is treated as (escape-allocators.def),
   with that kind's size, alignment, zeroing and string-copy handling,
   and the rewrite (rewrite.cc) works unchanged: a fixed slot replaces
   the call, and a guarded slot's fallback calls the wrapper itself, as
   before, so a wrapper that dies when it gets no memory still dies the
   same way.  Three sources:

   1. -fplugin-arg-escape-allocators=FAMILY[,FAMILY...]: the functions
      of the well-known families (the table below), trusted by NAME when
      they are declared in this unit as the family declares them and
      defined elsewhere: an external function of that name, not a GCC
      builtin, with the family's number of arguments, integer size
      arguments, a pointer string argument and a pointer result.  Each
      member maps onto an allocator kind:
	gnulib    xmalloc, xcharalloc (malloc), xzalloc (zalloc), xcalloc
		  (calloc), xnmalloc (nmalloc: calloc's overflow-checked
		  product, uninitialised), xstrdup (strdup), xmemdup
		  (memdup: a copy of N bytes), xmemdup0 (memdup0: a copy
		  of N bytes and a NUL); all die on failure, never
		  return NULL; free deallocates;
	glib      g_malloc (malloc), g_malloc0 (zalloc), g_malloc_n
		  (nmalloc), g_malloc0_n (calloc), g_memdup2 and the
		  deprecated g_memdup (memdup; g_memdup's size is a
		  guint); g_new and g_new0 are
		  macros that call these (GLib 2.74's gmem.h: g_malloc or
		  g_malloc0 of the product when it is a constant that
		  cannot overflow, else the _n function); all die on
		  failure but return NULL for a size of zero, which the
		  site keeps (ZERO_NULL: no bounded slot, and the guard
		  sends a zero size to the heap branch), and g_memdup2
		  and g_memdup return NULL for a null source too (the
		  guard sends that to the heap branch as well, and a
		  constant size keeps the guard unless the source is
		  known to be non-null); g_free deallocates;
	libiberty xmalloc (malloc), xcalloc (calloc), xstrdup (strdup),
		  xmemdup (memdupz: ALLOC bytes, the first COPY copied,
		  the rest zeroed, as libiberty's xmemdup.c); die on
		  failure; free deallocates.
      The source of a string or memory copy is only read: passing an
      object there neither captures nor frees it
      (escape_wrapper_source_arg_p).  A trusted member declared without
      attribute malloc (GLib's g_memdup2 and g_memdup) is marked malloc
      before points-to analysis runs (escape_mark_family_results).  Left out: gnulib's ximemdup and
      ximemdup0, whose size is a signed idx_t (a negative size, which
      they reject, would pass the guard as a small one: no member, and
      allocator= refuses the declaration), and g_strdup
      (NULL for a NULL argument, where strdup's kind calls strlen).
   2. -fplugin-arg-escape-allocator=NAME:KIND[:DEALLOC][,...] (the
      option may be repeated): a project's own allocator, trusted by
      name as in 1, of kind malloc, zalloc, calloc, nmalloc, strdup,
      strndup, memdup, memdup0 or memdupz, deallocated by DEALLOC
      (default free).  The user
      vouches that NAME behaves as KIND and DEALLOC as free, with no
      other effect.
   3. A function of this unit (not interposable, not noipa, not
      replaceable by live patching) whose body only allocates: it calls one allocator
      recognised as above (not another function of the unit), passing
      its own parameters unchanged and in order, and returns the
      result; the only other statements are tests of the result against
      null, calls of noreturn functions in blocks entered only on the
      null edge of such a test, and register computations that cannot
      trap.  Replacing a call to it by the allocator's result removes
      nothing observable but the allocation: it has no other effect
      (no store, no other call that returns), and the noreturn calls
      run only when the allocation failed, which a promoted site never
      does.  A wrapper that counts its calls has a store, and is not
      one: its call sites are reported (WRAPPER_EFFECTS) when it
      forwards its parameters to an allocator and returns the result.
      The bodies are judged once, at PLUGIN_ALL_IPA_PASSES_END, when
      every function of the unit still has its body (expansion releases
      them); a call to a clone IPA made later (.isra, .constprop) names
      another decl, and is not trusted.

   The deallocator of a wrapper other than free (g_free, DEALLOC) is
   recognised as free is for the objects of that wrapper only
   (escape_site_dealloc_call_p); free of such an object, or the
   deallocator of another object, keeps the object on the heap.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* The families of -fplugin-arg-escape-allocators=, one bit each.  */
#define ESCAPE_FAMILY_GNULIB 1
#define ESCAPE_FAMILY_GLIB 2
#define ESCAPE_FAMILY_LIBIBERTY 4

/* One member of a family.  */
struct escape_family_member
{
  int family;			/* ESCAPE_FAMILY_*.  */
  const char *name;
  enum escape_alloc_kind kind;
  const char *dealloc;		/* NULL: free.  */
  bool zero_null;		/* A zero size gives NULL.  */
};

/* The members of the well-known families (see the file comment).  Every
   one dies on failure instead of returning NULL.  */
static const struct escape_family_member escape_family_members[] = {
  { ESCAPE_FAMILY_GNULIB, "xmalloc", ALLOC_MALLOC, NULL, false },
  { ESCAPE_FAMILY_GNULIB, "xcharalloc", ALLOC_MALLOC, NULL, false },
  { ESCAPE_FAMILY_GNULIB, "xzalloc", ALLOC_ZALLOC, NULL, false },
  { ESCAPE_FAMILY_GNULIB, "xcalloc", ALLOC_CALLOC, NULL, false },
  { ESCAPE_FAMILY_GNULIB, "xnmalloc", ALLOC_NMALLOC, NULL, false },
  { ESCAPE_FAMILY_GNULIB, "xstrdup", ALLOC_STRDUP, NULL, false },
  { ESCAPE_FAMILY_GNULIB, "xmemdup", ALLOC_MEMDUP, NULL, false },
  { ESCAPE_FAMILY_GNULIB, "xmemdup0", ALLOC_MEMDUP0, NULL, false },
  { ESCAPE_FAMILY_GLIB, "g_malloc", ALLOC_MALLOC, "g_free", true },
  { ESCAPE_FAMILY_GLIB, "g_malloc0", ALLOC_ZALLOC, "g_free", true },
  { ESCAPE_FAMILY_GLIB, "g_malloc_n", ALLOC_NMALLOC, "g_free", true },
  { ESCAPE_FAMILY_GLIB, "g_malloc0_n", ALLOC_CALLOC, "g_free", true },
  { ESCAPE_FAMILY_GLIB, "g_memdup2", ALLOC_MEMDUP, "g_free", true },
  { ESCAPE_FAMILY_GLIB, "g_memdup", ALLOC_MEMDUP, "g_free", true },
  { ESCAPE_FAMILY_LIBIBERTY, "xmalloc", ALLOC_MALLOC, NULL, false },
  { ESCAPE_FAMILY_LIBIBERTY, "xcalloc", ALLOC_CALLOC, NULL, false },
  { ESCAPE_FAMILY_LIBIBERTY, "xstrdup", ALLOC_STRDUP, NULL, false },
  { ESCAPE_FAMILY_LIBIBERTY, "xmemdup", ALLOC_MEMDUPZ, NULL, false },
};

/* The family names, in the order of their bits.  */
static const char *const escape_family_names[] = {
  "gnulib", "glib", "libiberty"
};

/* The families the user trusts (allocators=).  */
static int escape_families;

/* One allocator of the allocator= option.  */
struct escape_user_allocator
{
  char *name;
  enum escape_alloc_kind kind;
  char *dealloc;		/* NULL: free.  */
};

/* The allocators of the allocator= options, in the order given.  */
static vec<escape_user_allocator> escape_user_allocators;

/* The kinds allocator= accepts.  */
static const enum escape_alloc_kind escape_user_kinds[] = {
  ALLOC_MALLOC, ALLOC_ZALLOC, ALLOC_CALLOC, ALLOC_NMALLOC, ALLOC_STRDUP,
  ALLOC_STRNDUP, ALLOC_MEMDUP, ALLOC_MEMDUP0, ALLOC_MEMDUPZ
};

/* What the bodies of the unit's functions showed (escape_find_unit_
   wrappers): for a wrapper, its kind; for a function that forwards its
   parameters to an allocator and returns the result but does more, a
   DECLINE of WRAPPER_EFFECTS.  */
static hash_map<tree, escape_wrapper_kind> *escape_unit_wrappers;

/* True while the bodies are judged: a call to a function of the unit is
   then no allocation (no wrapper of a wrapper).  */
static bool escape_judging_bodies;

/* Check the families VALUE of option KEY (allocators=): names of the
   table above, separated by commas, and remember them.  Return false
   after reporting an error otherwise.  */

bool
escape_check_families (const char *key, const char *value)
{
  const char *p = value ? value : "";
  int families = 0;
  do
    {
      size_t n = strcspn (p, ",");
      size_t i;
      for (i = 0; i < ARRAY_SIZE (escape_family_names); i++)
	if (strlen (escape_family_names[i]) == n
	    && strncmp (p, escape_family_names[i], n) == 0)
	  break;
      if (i == ARRAY_SIZE (escape_family_names))
	{
	  error ("%<-fplugin-arg-escape-%s=%s%>: unknown allocator family "
		 "%qs; the families are %<gnulib%>, %<glib%> and "
		 "%<libiberty%>, separated by commas", key, value ? value : "",
		 xstrndup (p, n));
	  return false;
	}
      families |= 1 << i;
      p += n;
    }
  while (*p++ == ',');
  escape_families |= families;
  return true;
}

/* Return the length of the C identifier at P, or 0.  */

static size_t
escape_identifier_length (const char *p)
{
  if (!ISIDST (*p))
    return 0;
  size_t n = 1;
  while (ISIDNUM (p[n]))
    n++;
  return n;
}

/* Check the allocators VALUE of option KEY (allocator=): NAME:KIND or
   NAME:KIND:DEALLOC, separated by commas, NAME and DEALLOC identifiers
   and KIND one of escape_user_kinds; remember them.  Return false after
   reporting an error otherwise.  */

bool
escape_check_allocator (const char *key, const char *value)
{
  const char *p = value ? value : "";
  auto_vec<escape_user_allocator> found;
  do
    {
      escape_user_allocator a = { NULL, ALLOC_MALLOC, NULL };
      size_t n = escape_identifier_length (p);
      if (n == 0 || p[n] != ':')
	goto bad;
      a.name = xstrndup (p, n);
      p += n + 1;
      n = strcspn (p, ":,");
      size_t i;
      for (i = 0; i < ARRAY_SIZE (escape_user_kinds); i++)
	{
	  const char *kname = escape_alloc_kind_name (escape_user_kinds[i]);
	  if (strlen (kname) == n && strncmp (p, kname, n) == 0)
	    break;
	}
      if (i == ARRAY_SIZE (escape_user_kinds))
	{
	  error ("%<-fplugin-arg-escape-%s=%s%>: unknown allocator kind "
		 "%qs; the kinds are %<malloc%>, %<zalloc%>, %<calloc%>, "
		 "%<nmalloc%>, %<strdup%>, %<strndup%>, %<memdup%>, "
		 "%<memdup0%> and %<memdupz%>", key, value,
		 xstrndup (p, n));
	  free (a.name);
	  return false;
	}
      a.kind = escape_user_kinds[i];
      p += n;
      if (*p == ':')
	{
	  p++;
	  n = escape_identifier_length (p);
	  if (n == 0 || (p[n] != ',' && p[n] != '\0'))
	    {
	      free (a.name);
	      goto bad;
	    }
	  /* free is free: NULL.  */
	  if (n != 4 || strncmp (p, "free", 4) != 0)
	    a.dealloc = xstrndup (p, n);
	  p += n;
	}
      found.safe_push (a);
    }
  while (*p++ == ',');
  if (p[-1] != '\0')
    goto bad;
  for (unsigned i = 0; i < found.length (); i++)
    escape_user_allocators.safe_push (found[i]);
  return true;

 bad:
  for (unsigned i = 0; i < found.length (); i++)
    {
      free (found[i].name);
      free (found[i].dealloc);
    }
  error ("%<-fplugin-arg-escape-%s=%s%>: the value must be "
	 "%<NAME:KIND%> or %<NAME:KIND:DEALLOC%>, separated by commas, "
	 "NAME and DEALLOC function names and KIND one of %<malloc%>, "
	 "%<zalloc%>, %<calloc%>, %<nmalloc%>, %<strdup%>, %<strndup%>, "
	 "%<memdup%>, %<memdup0%>, %<memdupz%>",
	 key, value ? value : "");
  return false;
}

/* Return the number of arguments of allocator kind KIND, and in *STRING
   whether its first one is a pointer the allocator only reads, a string
   (strdup, strndup) or memory (memdup, memdup0, memdupz).  */

static unsigned
escape_kind_nargs (enum escape_alloc_kind kind, bool *string)
{
  *string = (kind == ALLOC_STRDUP || kind == ALLOC_STRNDUP
	     || escape_alloc_copies_p (kind));
  switch (kind)
    {
    case ALLOC_MALLOC:
    case ALLOC_ZALLOC:
    case ALLOC_STRDUP:
      return 1;
    case ALLOC_CALLOC:
    case ALLOC_NMALLOC:
    case ALLOC_STRNDUP:
    case ALLOC_MEMDUP:
    case ALLOC_MEMDUP0:
      return 2;
    case ALLOC_MEMDUPZ:
      return 3;
    default:
      gcc_unreachable ();
    }
}

/* Return true if FNDECL is an external function declared as an
   allocator of kind KIND is (see the file comment).  */

static bool
escape_decl_as_kind_p (tree fndecl, enum escape_alloc_kind kind)
{
  bool string;
  unsigned nargs = escape_kind_nargs (kind, &string);
  if (!DECL_EXTERNAL (fndecl)
      || !TREE_PUBLIC (fndecl)
      || fndecl_built_in_p (fndecl)
      || !POINTER_TYPE_P (TREE_TYPE (TREE_TYPE (fndecl)))
      || !prototype_p (TREE_TYPE (fndecl))
      || stdarg_p (TREE_TYPE (fndecl)))
    return false;
  unsigned i = 0;
  for (tree t = TYPE_ARG_TYPES (TREE_TYPE (fndecl));
       t && TREE_VALUE (t) != void_type_node; t = TREE_CHAIN (t), i++)
    {
      /* A size or count must be a size_t: in a signed or narrower
	 type, a negative size (which the real function rejects) would
	 pass the guards as a small one.  A memory copy's size may also
	 be an unsigned int (GLib's g_memdup takes a guint): no negative
	 value there, and its rewrite converts the size to size_t.  */
      tree type = TREE_VALUE (t);
      bool want_ptr = string && i == 0;
      unsigned prec = TYPE_PRECISION (size_type_node);
      if (want_ptr ? !POINTER_TYPE_P (type)
	  : !(INTEGRAL_TYPE_P (type) && TYPE_UNSIGNED (type)
	      && (TYPE_PRECISION (type) == prec
		  || (escape_alloc_copies_p (kind)
		      && TYPE_PRECISION (type) < prec
		      && (TYPE_PRECISION (type)
			  >= TYPE_PRECISION (unsigned_type_node))))))
	return false;
    }
  return i == nargs;
}

/* Return true if CALL calls FNDECL, an external function declared as an
   allocator of kind KIND is, with its arguments and a result.  */

static bool
escape_declared_as_kind_p (gcall *call, tree fndecl,
			   enum escape_alloc_kind kind)
{
  bool string;
  return (gimple_call_num_args (call) == escape_kind_nargs (kind, &string)
	  && gimple_call_lhs (call) != NULL_TREE
	  && escape_decl_as_kind_p (fndecl, kind));
}

/* Return the name of the symbol a call to FNDECL reaches (its assembler
   name: "void *f (size_t) __asm__ (\"xmalloc\")" calls xmalloc), or
   NULL when this unit defines that symbol: a function of the unit is
   judged by its body, never trusted by its name.  */

static const char *
escape_called_symbol (tree fndecl)
{
  if (!DECL_NAME (fndecl))
    return NULL;
  tree asm_name = DECL_ASSEMBLER_NAME (fndecl);
  symtab_node *node = symtab_node::get_for_asmname (asm_name);
  if (node && (node->definition || node->alias))
    return NULL;
  const char *name = IDENTIFIER_POINTER (asm_name);
  return name[0] == '*' ? name + 1 : name;
}

/* Return true if STMT calls the external function NAME with one
   argument.  */

static bool
escape_named_call_p (const gimple *stmt, const char *name)
{
  if (!is_gimple_call (stmt) || gimple_call_num_args (stmt) != 1)
    return false;
  tree fndecl = gimple_call_fndecl (stmt);
  if (!fndecl || !DECL_EXTERNAL (fndecl) || !TREE_PUBLIC (fndecl)
      || fndecl_built_in_p (fndecl))
    return false;
  const char *sym = escape_called_symbol (fndecl);
  return sym && strcmp (sym, name) == 0;
}

/* Return true if argument ARGNO (1-based) of CALL is the source of a
   trusted wrapper that copies a string or memory (strdup, strndup,
   memdup, memdup0, memdupz): the allocator only reads it, keeps no
   pointer to it, does not free it and returns other memory.  The
   user's word (allocators=, allocator=) or the wrapper's body says
   so.  */

bool
escape_wrapper_source_arg_p (gcall *call, int argno)
{
  struct escape_wrapper_kind w;
  return (argno == 1
	  && !gimple_call_builtin_p (call, BUILT_IN_NORMAL)
	  && escape_wrapper_call_p (call, &w)
	  && w.decline == ESCAPE_PROMOTED
	  && (w.kind == ALLOC_STRDUP || w.kind == ALLOC_STRNDUP
	      || escape_alloc_copies_p (w.kind)));
}

/* Return true if STMT deallocates the object ALLOC allocated: a call to
   free when its allocator's deallocator is free, else a call to its
   deallocator (g_free, allocator='s DEALLOC) by name.  */

bool
escape_site_dealloc_call_p (const struct escape_alloc *alloc,
			    const gimple *stmt)
{
  if (alloc->dealloc == NULL)
    return escape_free_call_p (stmt);
  return escape_named_call_p (stmt, alloc->dealloc);
}

/* Return true if the deallocator of ALLOC's object accepts a null
   pointer: free and the families' (g_free) do, one of allocator= need
   not.  */

bool
escape_dealloc_takes_null_p (const struct escape_alloc *alloc)
{
  if (alloc->dealloc == NULL)
    return true;
  for (size_t i = 0; i < ARRAY_SIZE (escape_family_members); i++)
    if (escape_family_members[i].dealloc
	&& strcmp (escape_family_members[i].dealloc, alloc->dealloc) == 0)
      return true;
  return false;
}

/* Return true if CALL is a call to a trusted wrapper, or to one the
   pass declines to trust, and describe it in *W.  */

bool
escape_wrapper_call_p (gcall *call, struct escape_wrapper_kind *w)
{
  tree fndecl = gimple_call_fndecl (call);
  if (fndecl == NULL_TREE || DECL_NAME (fndecl) == NULL_TREE
      || gimple_call_internal_p (call))
    return false;
  memset (w, 0, sizeof *w);
  w->decl = fndecl;
  w->decline = ESCAPE_PROMOTED;
  /* The symbol called, not the name in the source.  */
  const char *name = escape_called_symbol (fndecl);
  if (name == NULL)
    name = "";

  /* allocator=, the user's word, first.  */
  for (unsigned i = 0; i < escape_user_allocators.length (); i++)
    if (strcmp (escape_user_allocators[i].name, name) == 0
	&& escape_declared_as_kind_p (call, fndecl,
				      escape_user_allocators[i].kind))
      {
	w->kind = escape_user_allocators[i].kind;
	w->dealloc = escape_user_allocators[i].dealloc;
	return true;
      }

  /* The families: trusted when enabled; a member of none enabled is
     reported (WRAPPER_UNTRUSTED).  */
  bool member = false;
  for (size_t i = 0; i < ARRAY_SIZE (escape_family_members); i++)
    {
      const struct escape_family_member *m = &escape_family_members[i];
      if (strcmp (m->name, name) != 0
	  || !escape_declared_as_kind_p (call, fndecl, m->kind))
	continue;
      if (escape_families & m->family)
	{
	  w->kind = m->kind;
	  w->dealloc = m->dealloc;
	  w->zero_null = m->zero_null;
	  return true;
	}
      member = true;
    }
  if (member)
    {
      w->kind = ALLOC_CUSTOM;
      w->decline = ESCAPE_WRAPPER_UNTRUSTED;
      return true;
    }

  /* A function of this unit.  */
  if (escape_unit_wrappers == NULL || escape_judging_bodies)
    return false;
  /* The body CALL runs when it is the unit's own and no interposition
     or live patch can replace it; a nested function's static chain is
     an argument the wrapper's signature does not show.  */
  tree body = (gimple_call_chain (call) ? NULL_TREE
	       : escape_callee_body (call));
  escape_wrapper_kind *k = body ? escape_unit_wrappers->get (body) : NULL;
  if (k == NULL
      || gimple_call_num_args (call) != k->nargs
      || gimple_call_lhs (call) == NULL_TREE)
    return false;
  *w = *k;
  w->decl = fndecl;
  return true;
}

/* Return true if the edge E is taken only when PTR is null: E leaves a
   block ending in "if (PTR == 0)" by its true edge, or in
   "if (PTR != 0)" by its false edge.  */

static bool
escape_null_edge_p (edge e, tree ptr)
{
  gcond *cond = safe_dyn_cast <gcond *> (last_stmt (e->src));
  if (cond == NULL
      || gimple_cond_lhs (cond) != ptr
      || !integer_zerop (gimple_cond_rhs (cond)))
    return false;
  if (gimple_cond_code (cond) == EQ_EXPR)
    return (e->flags & EDGE_TRUE_VALUE) != 0;
  if (gimple_cond_code (cond) == NE_EXPR)
    return (e->flags & EDGE_FALSE_VALUE) != 0;
  return false;
}

/* Judge the body of FUN, a function of the unit, as a wrapper (see the
   file comment).  Return true and set *W if it is one, or if it
   forwards its parameters to an allocator and returns the result but
   does more (W->decline is then WRAPPER_EFFECTS).  */

static bool
escape_judge_body (function *fun, struct escape_wrapper_kind *w)
{
  tree decl = fun->decl;
  if (fun->cfg == NULL || !gimple_in_ssa_p (fun) || fun->calls_setjmp
      || lookup_attribute ("noipa", DECL_ATTRIBUTES (decl))
      || fun->has_nonlocal_label || fun->static_chain_decl
      || stdarg_p (TREE_TYPE (decl))
      || !POINTER_TYPE_P (TREE_TYPE (DECL_RESULT (decl))))
    return false;

  gcall *alloc = NULL;
  struct escape_site site;
  bool effects = false;
  auto_vec<gcall *> noreturns;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (is_gimple_debug (stmt) || gimple_code (stmt) == GIMPLE_LABEL
	    || gimple_code (stmt) == GIMPLE_NOP
	    || gimple_code (stmt) == GIMPLE_PREDICT)
	  continue;
	if (gcall *call = dyn_cast <gcall *> (stmt))
	  {
	    if (alloc == NULL && escape_recognize_site (call, &site)
		&& site.alloc.decline == ESCAPE_PROMOTED
		&& escape_alloc_size_modeled_p (site.alloc.kind)
		&& site.alloc.kind != ALLOC_POSIX_MEMALIGN
		&& site.alloc.ptr != NULL_TREE
		&& TREE_CODE (site.alloc.ptr) == SSA_NAME)
	      {
		alloc = call;
		w->kind = site.alloc.kind;
		w->dealloc = site.alloc.dealloc;
		w->zero_null = site.alloc.zero_null;
	      }
	    else if (gimple_call_flags (call) & ECF_NORETURN)
	      noreturns.safe_push (call);
	    else
	      effects = true;
	  }
	else if (is_gimple_assign (stmt))
	  {
	    /* A register computation: no memory, no trap.  */
	    if (TREE_CODE (gimple_assign_lhs (stmt)) != SSA_NAME
		|| gimple_vuse (stmt) || gimple_could_trap_p (stmt))
	      effects = true;
	  }
	else if (gimple_code (stmt) != GIMPLE_COND
		 && gimple_code (stmt) != GIMPLE_RETURN)
	  effects = true;
      }
  if (alloc == NULL)
    return false;

  /* The allocator gets the parameters, unchanged and in order, and its
     result is what the function returns.  */
  tree ptr = gimple_call_lhs (alloc);
  unsigned i = 0;
  for (tree parm = DECL_ARGUMENTS (decl); parm; parm = DECL_CHAIN (parm), i++)
    {
      tree def = ssa_default_def (fun, parm);
      if (i >= gimple_call_num_args (alloc) || def == NULL_TREE
	  || gimple_call_arg (alloc, i) != def)
	return false;
    }
  if (i != gimple_call_num_args (alloc))
    return false;
  w->nargs = i;
  edge e;
  edge_iterator ei;
  bool returns = false;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (fun)->preds)
    {
      greturn *ret = safe_dyn_cast <greturn *> (last_stmt (e->src));
      if (ret == NULL || gimple_return_retval (ret) != ptr)
	return false;
      returns = true;
    }
  if (!returns)
    return false;

  /* Every other statement is a test of the result against null or a
     computation without effect; a noreturn call runs only on a null
     edge.  */
  FOR_EACH_BB_FN (bb, fun)
    if (gcond *cond = safe_dyn_cast <gcond *> (last_stmt (bb)))
      if (gimple_cond_lhs (cond) != ptr
	  || !integer_zerop (gimple_cond_rhs (cond))
	  || (gimple_cond_code (cond) != EQ_EXPR
	      && gimple_cond_code (cond) != NE_EXPR))
	effects = true;
  for (unsigned j = 0; j < noreturns.length (); j++)
    {
      basic_block nb = gimple_bb (noreturns[j]);
      if (!single_pred_p (nb) || !escape_null_edge_p (single_pred_edge (nb),
						       ptr))
	effects = true;
    }
  if (effects)
    w->decline = ESCAPE_WRAPPER_EFFECTS;
  return true;
}

/* Mark the members of the families the user trusts (allocators=) that
   the unit calls but does not define, declared as the family declares
   them but without attribute malloc, as malloc functions: GLib declares
   g_memdup2 and g_memdup with alloc_size only (gstrfuncs.h), and older
   gnulib xmemdup so too.  Without the attribute, points-to analysis
   gives the result no object of its own, and no site of theirs could
   be promoted; with it, each call's result is a new object, as the
   user's allocators= says it is ("alias", which computes that, runs
   after the IPA passes).  Such memory may hold pointers copied from the
   source: GCC takes the memory of a function with attribute malloc that
   is no builtin to point to global memory (tree-ssa-structalias.cc,
   handle_lhs_call), and a source passed to an external function
   escapes, so every object it may point to is such memory.  */

static void
escape_mark_family_results (void)
{
  if (escape_families == 0)
    return;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    {
      tree decl = node->decl;
      if (node->definition || node->alias || DECL_IS_MALLOC (decl))
	continue;
      const char *name = escape_called_symbol (decl);
      if (name == NULL)
	continue;
      for (size_t i = 0; i < ARRAY_SIZE (escape_family_members); i++)
	{
	  const struct escape_family_member *m = &escape_family_members[i];
	  if ((escape_families & m->family)
	      && strcmp (m->name, name) == 0
	      && escape_decl_as_kind_p (decl, m->kind))
	    {
	      DECL_IS_MALLOC (decl) = 1;
	      break;
	    }
	}
    }
}

/* At PLUGIN_ALL_IPA_PASSES_END, while every function of the unit has its
   body: find the wrappers (see the file comment), and mark the trusted
   family members malloc (escape_mark_family_results).  */

void
escape_find_unit_wrappers (void)
{
  escape_mark_family_results ();
  if (escape_unit_wrappers == NULL)
    escape_unit_wrappers = new hash_map<tree, escape_wrapper_kind>;
  cgraph_node *node;
  escape_judging_bodies = true;
  FOR_EACH_DEFINED_FUNCTION (node)
    {
      function *fun = DECL_STRUCT_FUNCTION (node->decl);
      if (fun == NULL || !gimple_has_body_p (node->decl)
	  || node->clone_of || node->alias || node->thunk)
	continue;
      struct escape_wrapper_kind w;
      memset (&w, 0, sizeof w);
      w.decl = node->decl;
      w.decline = ESCAPE_PROMOTED;
      push_cfun (fun);
      bool found = escape_judge_body (fun, &w);
      pop_cfun ();
      if (!found)
	continue;
      if (w.decline != ESCAPE_PROMOTED)
	w.kind = ALLOC_CUSTOM;
      escape_unit_wrappers->put (node->decl, w);
    }
  escape_judging_bodies = false;
}

/* Release what the unit's wrappers took, at the end of the
   compilation.  */

void
escape_release_wrappers (void)
{
  delete escape_unit_wrappers;
  escape_unit_wrappers = NULL;
}
