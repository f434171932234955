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

   Two more attributes ask for a verdict instead of promising a fact
   (README "Annotations"):

   - `escape_require_stack` on a function: every allocation site in it
     must be promoted; a site kept on the heap is an error at the site
     whose text is the remark's (escape_check_required);
   - `escape_keep_heap` on a function, or on the local pointer variable
     that receives an allocation: those sites stay on the heap, with the
     reason keep-heap-function or keep-heap (escape_keep_heap_site).
     The variable is linked to its sites without debug statements (-g
     must not change a decision): by the calls it receives in the
     source, by location, unless a location is ambiguous
     (escape_kept_calls), and by SSA (escape_keep_heap_var), both
     through calls returning their argument; a function with such a
     variable carries an internal attribute, so that identical code
     folding keeps it apart.

   A function attribute covers the sites of the function being compiled
   and every site inlined into it, and follows a site of the attributed
   function wherever it is inlined: the site's inlining chain
   (escape_inline_blocks, record.cc) is searched, so that inlining can
   neither turn a check off nor a request to keep a site on the heap.
   escape_keep_heap wins over escape_require_stack, and skip=/only=
   (bisecting) win over both.  escape_require_stack is not checked,
   with a note once per unit, where the pass does not run (-O0, -Og)
   and in the instrumented builds whose sites it declines or cannot
   judge (escape_unchecked_build, allocators that are not built-in).

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

/* The names of the attributes that ask for a verdict.  */
#define ESCAPE_ATTR_REQUIRE_STACK "escape_require_stack"
#define ESCAPE_ATTR_KEEP_HEAP "escape_keep_heap"

/* The functions already warned about for carrying both
   escape_require_stack and escape_keep_heap.  */
static hash_set<tree> *escape_conflict_warned;

/* Warn once that FNDECL, at LOC, carries both escape_require_stack and
   escape_keep_heap, of which escape_keep_heap wins.  */

static void
escape_warn_conflict (location_t loc, tree fndecl)
{
  if (escape_conflict_warned == NULL)
    escape_conflict_warned = new hash_set<tree>;
  if (escape_conflict_warned->add (fndecl))
    return;
  warning_at (loc, OPT_Wattributes, "%qD has both %qs and %qs: %qs wins, "
	      "its allocation sites stay on the heap", fndecl,
	      ESCAPE_ATTR_REQUIRE_STACK, ESCAPE_ATTR_KEEP_HEAP,
	      ESCAPE_ATTR_KEEP_HEAP);
}

/* Handle the attribute NAME (escape_require_stack or escape_keep_heap)
   with arguments ARGS applied to *NODE.  Both apply to a function;
   escape_keep_heap also to a local (automatic) pointer variable, the
   one that receives an allocation.  Anything else is ignored with a
   warning saying where the attribute applies, never an error.  */

static tree
escape_handle_verdict_attr (tree *node, tree name, tree args, int,
			    bool *no_add_attrs)
{
  bool keep = is_attribute_p (ESCAPE_ATTR_KEEP_HEAP, name);
  const char *where = (keep ? "a function or to a local pointer variable "
		       "that receives an allocation" : "a function");
  tree decl = *node;
  if (args != NULL_TREE)
    warning (OPT_Wattributes, "%qE attribute takes no arguments; ignored",
	     name);
  else if (TREE_CODE (decl) == FUNCTION_DECL)
    {
      const char *other = (keep ? ESCAPE_ATTR_REQUIRE_STACK
			   : ESCAPE_ATTR_KEEP_HEAP);
      if (lookup_attribute (other, DECL_ATTRIBUTES (decl)))
	escape_warn_conflict (DECL_SOURCE_LOCATION (decl), decl);
      return NULL_TREE;
    }
  else if (keep && VAR_P (decl) && current_function_decl != NULL_TREE
	   && !TREE_STATIC (decl) && !DECL_EXTERNAL (decl))
    {
      if (POINTER_TYPE_P (TREE_TYPE (decl)))
	return NULL_TREE;
      warning (OPT_Wattributes, "%qE attribute ignored on a variable that "
	       "is not a pointer", name);
    }
  else
    warning (OPT_Wattributes, "%qE attribute ignored: it applies only to "
	     "%s", name, where);
  *no_add_attrs = true;
  return NULL_TREE;
}

/* The two attributes: like noescape, any number of arguments (a wrong
   one is a warning), on the declaration, not part of a type.  */
static const struct attribute_spec escape_require_stack_attr = {
  ESCAPE_ATTR_REQUIRE_STACK, 0, -1, false, false, false, false,
  escape_handle_verdict_attr, NULL
};
static const struct attribute_spec escape_keep_heap_attr = {
  ESCAPE_ATTR_KEEP_HEAP, 0, -1, false, false, false, false,
  escape_handle_verdict_attr, NULL
};

/* Called at PLUGIN_ATTRIBUTES: register the plugin's attributes.  */

void
escape_register_attributes (void *, void *)
{
  register_attribute (&escape_noescape_attr);
  register_attribute (&escape_require_stack_attr);
  register_attribute (&escape_keep_heap_attr);
}

/* Return true if DECL, or the declaration it is a copy of (an inlined
   copy of a local variable, a function's clone), carries the attribute
   NAME.  */

static bool
escape_decl_marked_p (tree decl, const char *name)
{
  if (decl == NULL_TREE || !DECL_P (decl))
    return false;
  if (lookup_attribute (name, DECL_ATTRIBUTES (decl)))
    return true;
  tree origin = DECL_ORIGIN (decl);
  return (origin != decl && DECL_P (origin)
	  && lookup_attribute (name, DECL_ATTRIBUTES (origin)));
}

/* Return the function that puts STMT of FUN under the function
   attribute NAME, or NULL_TREE: one of the functions STMT was inlined
   from (innermost first), or FUN itself (or the function FUN is a clone
   of: f.part.0, f.isra.0, f.constprop.0).  */

static tree
escape_marked_function (function *fun, gimple *stmt, const char *name)
{
  auto_vec<tree> blocks;
  escape_inline_blocks (stmt, &blocks);
  for (unsigned i = 0; i < blocks.length (); i++)
    {
      tree fn = block_ultimate_origin (blocks[i]);
      if (escape_decl_marked_p (fn, name))
	return fn;
    }
  if (escape_decl_marked_p (fun->decl, name))
    return fun->decl;
  cgraph_node *node = cgraph_node::get (fun->decl);
  if (node && node->former_clone_of
      && escape_decl_marked_p (node->former_clone_of, name))
    return node->former_clone_of;
  return NULL_TREE;
}

/* Return the argument of CALL it returns (ERF_RETURNS_ARG: memcpy,
   __builtin_assume_aligned ...), or NULL_TREE.  */

static tree
escape_returned_arg (gcall *call)
{
  int flags = gimple_call_return_flags (call);
  if (!(flags & ERF_RETURNS_ARG))
    return NULL_TREE;
  unsigned argno = flags & ERF_RETURN_ARG_MASK;
  if (argno >= gimple_call_num_args (call))
    return NULL_TREE;
  return gimple_call_arg (call, argno);
}

/* Return the local variable marked escape_keep_heap that receives the
   result of SITE, or NULL_TREE.  The link is the one the remarks name
   the object by (report.cc), widened to survive optimisation: the
   variable of the result's SSA name, of a copy, conversion or PHI of
   it (the call's result may be a temporary copied into the variable),
   of the result of a call that returns it (__builtin_assume_aligned,
   memset ...), a variable one of those is stored into (an addressable
   one), or posix_memalign's result variable.  Debug statements are
   never followed: a decision must not depend on -g.  Taking more sites
   than the user marked only keeps more on the heap.  */

static tree
escape_keep_heap_var (const struct escape_site *site)
{
  if (escape_decl_marked_p (site->alloc.result_var, ESCAPE_ATTR_KEEP_HEAP))
    return site->alloc.result_var;
  tree ptr = site->alloc.ptr;
  if (ptr == NULL_TREE || TREE_CODE (ptr) != SSA_NAME)
    return (ptr && VAR_P (ptr)
	    && escape_decl_marked_p (ptr, ESCAPE_ATTR_KEEP_HEAP)
	    ? ptr : NULL_TREE);
  auto_vec<tree> work;
  auto_bitmap seen;
  work.safe_push (ptr);
  bitmap_set_bit (seen, SSA_NAME_VERSION (ptr));
  while (!work.is_empty ())
    {
      tree name = work.pop ();
      tree var = SSA_NAME_VAR (name);
      if (var && VAR_P (var)
	  && escape_decl_marked_p (var, ESCAPE_ATTR_KEEP_HEAP))
	return var;
      imm_use_iterator iter;
      use_operand_p use;
      FOR_EACH_IMM_USE_FAST (use, iter, name)
	{
	  gimple *stmt = USE_STMT (use);
	  tree lhs = NULL_TREE;
	  if (is_gimple_debug (stmt))
	    continue;
	  if (gimple_code (stmt) == GIMPLE_PHI)
	    lhs = gimple_phi_result (stmt);
	  else if ((gimple_assign_single_p (stmt)
		    || gimple_assign_cast_p (stmt))
		   && gimple_assign_rhs1 (stmt) == name)
	    lhs = gimple_assign_lhs (stmt);
	  else if (is_gimple_call (stmt)
		   && escape_returned_arg (as_a <gcall *> (stmt)) == name)
	    lhs = gimple_call_lhs (stmt);
	  if (lhs == NULL_TREE)
	    continue;
	  if (TREE_CODE (lhs) == SSA_NAME)
	    {
	      if (bitmap_set_bit (seen, SSA_NAME_VERSION (lhs)))
		work.safe_push (lhs);
	    }
	  else if (VAR_P (lhs)
		   && escape_decl_marked_p (lhs, ESCAPE_ATTR_KEEP_HEAP))
	    return lhs;
	}
    }
  return NULL_TREE;
}

/* The calls whose result a local variable marked escape_keep_heap
   receives in the source (its initializer or an assignment to it), by
   location (without block or range), with the variable's name.  Found in each
   function's body as parsed, where the link is exact, for the sites the
   SSA link loses to optimisation: when `q = get (n)' is inlined, the
   copy of the allocation's result into q is propagated away, and the
   site is found by its inlining chain, which holds the call of get.
   Filled in one compilation: under LTO, lto1 has only the SSA link.  */
typedef hash_map<int_hash<location_t, UNKNOWN_LOCATION, BUILTINS_LOCATION>,
		 const char *> escape_kept_call_map;
static escape_kept_call_map *escape_kept_calls;

/* How many calls of the parsed bodies are at a location (all calls,
   and the kept calls of escape_kept_calls).  A location may be shared
   by several calls (those of one macro expansion with
   -ftrack-macro-expansion=0): one that has more calls than kept calls
   is ambiguous, and links no site (escape_kept_call_at).  */
typedef hash_map<int_hash<location_t, UNKNOWN_LOCATION, BUILTINS_LOCATION>,
		 unsigned> escape_call_count_map;
static escape_call_count_map *escape_call_counts;
static escape_call_count_map *escape_kept_counts;

/* The kept calls already counted in the function being walked.  */
static hash_set<tree> *escape_kept_counted;

/* Add one to the count of LOC in *MAP, made on first use.  */

static void
escape_count_call (escape_call_count_map **map, location_t loc)
{
  if (*map == NULL)
    *map = new escape_call_count_map;
  bool existed;
  unsigned &count = (*map)->get_or_insert (loc, &existed);
  count = existed ? count + 1 : 1;
}

/* Return the name of the variable marked escape_keep_heap that receives
   the result of the call at LOC in the source, or NULL: none, or LOC is
   also the location of another call (ambiguous).  */

static const char *
escape_kept_call_at (location_t loc)
{
  loc = get_pure_location (loc);
  const char **name = escape_kept_calls->get (loc);
  if (name == NULL)
    return NULL;
  unsigned *calls = escape_call_counts ? escape_call_counts->get (loc) : NULL;
  unsigned *kept = escape_kept_counts ? escape_kept_counts->get (loc) : NULL;
  if (calls && kept && *calls > *kept)
    return NULL;
  return *name;
}

/* Record the calls that produce EXPR, the value assigned to VAR, a
   local variable marked escape_keep_heap: through conversions, both
   arms of a ?: the value of a comma expression and the argument a
   built-in function returns (__builtin_assume_aligned, memset ...).  */

static void
escape_note_kept_value (tree expr, tree var)
{
  while (expr)
    {
      STRIP_NOPS (expr);
      switch (TREE_CODE (expr))
	{
	case CALL_EXPR:
	  {
	    location_t loc = get_pure_location (EXPR_LOCATION (expr));
	    if (loc <= BUILTINS_LOCATION)
	      return;
	    if (escape_kept_calls == NULL)
	      escape_kept_calls = new escape_kept_call_map;
	    escape_kept_calls->put (loc, IDENTIFIER_POINTER (DECL_NAME (var)));
	    if (escape_kept_counted && !escape_kept_counted->add (expr))
	      escape_count_call (&escape_kept_counts, loc);
	    tree fndecl = get_callee_fndecl (expr);
	    unsigned argno;
	    if (fndecl == NULL_TREE || !fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
	      return;
	    attr_fnspec fnspec = builtin_fnspec (fndecl);
	    if (!fnspec.known_p () || !fnspec.returns_arg (&argno)
		|| argno >= (unsigned) call_expr_nargs (expr))
	      return;
	    expr = CALL_EXPR_ARG (expr, argno);
	    break;
	  }
	case COND_EXPR:
	  escape_note_kept_value (TREE_OPERAND (expr, 1), var);
	  expr = TREE_OPERAND (expr, 2);
	  break;
	case COMPOUND_EXPR:
	  expr = TREE_OPERAND (expr, 1);
	  break;
	default:
	  return;
	}
    }
}

/* walk_tree callback: record the value of an initialization of or
   assignment to a local variable marked escape_keep_heap at *TP; set
   *DATA, a bool, when *TP declares such a variable.  */

static tree
escape_find_kept_values (tree *tp, int *walk_subtrees, void *data)
{
  tree t = *tp;
  tree var = NULL_TREE, value = NULL_TREE;
  if (TREE_CODE (t) == CALL_EXPR)
    {
      location_t loc = get_pure_location (EXPR_LOCATION (t));
      if (loc > BUILTINS_LOCATION)
	escape_count_call (&escape_call_counts, loc);
    }
  if (TYPE_P (t))
    *walk_subtrees = 0;
  else if (TREE_CODE (t) == DECL_EXPR && VAR_P (DECL_EXPR_DECL (t)))
    {
      var = DECL_EXPR_DECL (t);
      value = DECL_INITIAL (var);
      if (lookup_attribute (ESCAPE_ATTR_KEEP_HEAP, DECL_ATTRIBUTES (var)))
	*(bool *) data = true;
    }
  else if (TREE_CODE (t) == MODIFY_EXPR || TREE_CODE (t) == INIT_EXPR)
    {
      var = TREE_OPERAND (t, 0);
      value = TREE_OPERAND (t, 1);
    }
  if (var && value && VAR_P (var) && DECL_NAME (var)
      && lookup_attribute (ESCAPE_ATTR_KEEP_HEAP, DECL_ATTRIBUTES (var)))
    escape_note_kept_value (value, var);
  return NULL_TREE;
}

/* The internal attribute (a name with a space: no program can write
   it) put on a function whose body declares a variable marked
   escape_keep_heap.  Identical code folding (ipa-icf.cc) merges only
   functions whose DECL_ATTRIBUTES are equal, and compares no local
   variable's attributes: without it, a function with a keep_heap
   variable could be folded into an identical one without, whose site
   is promoted.  */
#define ESCAPE_ATTR_HAS_KEPT_VARS "escape keep_heap variables"

/* Called at PLUGIN_PRE_GENERICIZE with the function GCC_DATA just
   parsed: record the calls whose results its variables marked
   escape_keep_heap receive, and mark the function if it has such a
   variable (ESCAPE_ATTR_HAS_KEPT_VARS).  */

void
escape_note_kept_calls (void *gcc_data, void *)
{
  tree fndecl = (tree) gcc_data;
  bool has_kept = false;
  if (fndecl && TREE_CODE (fndecl) == FUNCTION_DECL
      && DECL_SAVED_TREE (fndecl))
    {
      escape_kept_counted = new hash_set<tree>;
      walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
				    escape_find_kept_values, &has_kept);
      delete escape_kept_counted;
      escape_kept_counted = NULL;
    }
  if (has_kept
      && !lookup_attribute (ESCAPE_ATTR_HAS_KEPT_VARS,
			    DECL_ATTRIBUTES (fndecl)))
    DECL_ATTRIBUTES (fndecl)
      = tree_cons (get_identifier (ESCAPE_ATTR_HAS_KEPT_VARS), NULL_TREE,
		   DECL_ATTRIBUTES (fndecl));
}

/* Return the name of the local variable marked escape_keep_heap that
   receives SITE's object, or NULL: by the SSA link
   (escape_keep_heap_var), else by the call's location or that of a call
   it was inlined through (escape_kept_calls), unless that location is
   ambiguous.  */

static const char *
escape_kept_var_name (const struct escape_site *site)
{
  tree var = escape_keep_heap_var (site);
  if (var)
    return escape_decl_name (var);
  if (escape_kept_calls == NULL)
    return NULL;
  gimple *call = site->alloc.call;
  const char *name = escape_kept_call_at (gimple_location (call));
  if (name)
    return name;
  auto_vec<tree> blocks;
  escape_inline_blocks (call, &blocks);
  for (unsigned i = 0; i < blocks.length (); i++)
    if ((name = escape_kept_call_at (BLOCK_SOURCE_LOCATION (blocks[i]))))
      return name;
  return NULL;
}

/* Decide SITE of FUN by escape_keep_heap, before it is analysed: if the
   variable receiving it or a function it is under (the one compiled or
   one it was inlined from) is marked, record the verdict keep-heap or
   keep-heap-function and return true; the site is then neither analysed
   nor charged to any stack budget.  Sites the pass declines whatever
   their uses (realloc, allocators not promoted yet, wrappers it does
   not trust) keep their own reason.  */

bool
escape_keep_heap_site (function *fun, struct escape_site *site)
{
  if (site->alloc.kind == ALLOC_REALLOC || site->alloc.kind == ALLOC_CUSTOM
      || site->alloc.decline != ESCAPE_PROMOTED)
    return false;
  const char *var = escape_kept_var_name (site);
  if (var)
    {
      escape_set_verdict (site, ESCAPE_KEEP_HEAP, NULL, NULL_TREE, 0);
      site->verdict.name = var;
      return true;
    }
  tree fn = escape_marked_function (fun, site->alloc.call,
				    ESCAPE_ATTR_KEEP_HEAP);
  if (fn)
    {
      escape_set_verdict (site, ESCAPE_KEEP_HEAP_FUNCTION, NULL, fn, 0);
      return true;
    }
  return false;
}

/* The builds in which escape_require_stack is not checked, and why.  */
enum escape_unchecked
{
  UNCHECKED_NO,			/* Checked.  */
  UNCHECKED_UNOPTIMIZED,	/* The pass does not run (-O0, -Og).  */
  UNCHECKED_HEAP_SANITIZER,	/* -fsanitize=address, hwaddress, leak and
				   the kernel ones: no site is promoted.  */
  UNCHECKED_UBSAN,		/* -fsanitize=undefined or one of its checks:
				   pointers reach its run-time calls.  */
  UNCHECKED_PROFILE,		/* -fprofile-generate, -fprofile-arcs,
				   --coverage: counter updates and calls.  */
  UNCHECKED_INSTRUMENT,		/* -finstrument-functions: calls at every
				   function's entry and exit.  */
  UNCHECKED_NO_BUILTIN		/* The allocator called is not the built-in
				   function (-fno-builtin, -ffreestanding,
				   -fno-builtin-malloc): not promoted.  */
};

/* Whether the unit has been told, by a note, that escape_require_stack
   is not checked (once per unit).  */
static bool escape_unchecked_noted;

/* Return why escape_require_stack is not checked in the functions of
   this compilation whatever their sites, or UNCHECKED_NO: modes
   whose instrumentation the plugin declines by design or cannot
   judge.  Users build annotated code with sanitizers and profiling; an
   error there would break a correct program's build.  */

static enum escape_unchecked
escape_unchecked_build (void)
{
  if (flag_sanitize & (SANITIZE_ADDRESS | SANITIZE_HWADDRESS | SANITIZE_LEAK
		       | SANITIZE_KERNEL_ADDRESS | SANITIZE_KERNEL_HWADDRESS))
    return UNCHECKED_HEAP_SANITIZER;
  if (flag_sanitize & (SANITIZE_UNDEFINED | SANITIZE_UNDEFINED_NONDEFAULT))
    return UNCHECKED_UBSAN;
  if (profile_arc_flag || flag_profile_values)
    return UNCHECKED_PROFILE;
  if (flag_instrument_function_entry_exit)
    return UNCHECKED_INSTRUMENT;
  return UNCHECKED_NO;
}

/* Say once per unit, as a note at FNDECL (a -Werror build of correct
   code must not break), that its escape_require_stack is not checked,
   and why (WHY).  */

static void
escape_note_unchecked (tree fndecl, enum escape_unchecked why)
{
  if (escape_unchecked_noted || why == UNCHECKED_NO)
    return;
  escape_unchecked_noted = true;
  location_t loc = DECL_SOURCE_LOCATION (fndecl);
  const char *attr = ESCAPE_ATTR_REQUIRE_STACK;
  switch (why)
    {
    case UNCHECKED_UNOPTIMIZED:
      inform (loc, "escape: %qs of %qD is not checked: the escape pass runs "
	      "only with optimisation (%<-O1%> and above, not %<-O0%> or "
	      "%<-Og%>)", attr, fndecl);
      break;
    case UNCHECKED_HEAP_SANITIZER:
      inform (loc, "escape: %qs of %qD is not checked: under a heap-checking "
	      "sanitizer (%<-fsanitize=address%>, %<hwaddress%>, %<leak%>) "
	      "every allocation stays on the heap", attr, fndecl);
      break;
    case UNCHECKED_UBSAN:
      inform (loc, "escape: %qs of %qD is not checked: the checks of "
	      "%<-fsanitize=undefined%> pass pointers to run-time calls the "
	      "pass cannot judge", attr, fndecl);
      break;
    case UNCHECKED_PROFILE:
      inform (loc, "escape: %qs of %qD is not checked: profiling "
	      "instrumentation (%<-fprofile-generate%>, %<-fprofile-arcs%>, "
	      "%<--coverage%>) changes what the pass sees", attr, fndecl);
      break;
    case UNCHECKED_INSTRUMENT:
      inform (loc, "escape: %qs of %qD is not checked: "
	      "%<-finstrument-functions%> adds calls the pass cannot see "
	      "through", attr, fndecl);
      break;
    case UNCHECKED_NO_BUILTIN:
      inform (loc, "escape: %qs of %qD is not checked: the allocators are not "
	      "built-in functions (%<-fno-builtin%>, %<-ffreestanding%>), "
	      "whose allocations are not promoted", attr, fndecl);
      break;
    default:
      gcc_unreachable ();
    }
}

/* Check SITE of FUN against escape_require_stack, after its verdict is
   final: a site under a function with the attribute that stays on the
   heap is an error at the site, with the remark's reason.  Not checked:
   sites kept on the heap by escape_keep_heap (it wins), sites
   deselected by skip= or only= (a bisecting build must build with any
   subset of the promotions), the sites of functions with the malloc
   attribute that allocate no memory the pass could replace (fopen,
   opendir: the sites report.cc does not remark on), and every site in
   the builds escape_unchecked_build names or of a C library allocator
   that is not the built-in function: a note says so, once per unit.  */

void
escape_check_required (function *fun, struct escape_site *site)
{
  enum escape_reason r = site->verdict.reason;
  if (r == ESCAPE_PROMOTED || r == ESCAPE_DESELECTED
      || r == ESCAPE_KEEP_HEAP || r == ESCAPE_KEEP_HEAP_FUNCTION)
    return;
  /* The same test as report.cc's "quiet" sites.  */
  if (site->alloc.kind == ALLOC_CUSTOM && r == ESCAPE_NOT_YET
      && !escape_libc_allocator_name_p (site->verdict.name))
    return;
  tree fn = escape_marked_function (fun, site->alloc.call,
				    ESCAPE_ATTR_REQUIRE_STACK);
  if (fn == NULL_TREE
      || escape_kept_var_name (site)
      || escape_marked_function (fun, site->alloc.call,
				 ESCAPE_ATTR_KEEP_HEAP))
    return;
  enum escape_unchecked why = escape_unchecked_build ();
  /* A C library allocator (the test above let it through) that is
     not the built-in function.  */
  tree callee = gimple_call_fndecl (site->alloc.call);
  if (why == UNCHECKED_NO && site->alloc.kind == ALLOC_CUSTOM
      && r == ESCAPE_NOT_YET && callee && !fndecl_built_in_p (callee))
    why = UNCHECKED_NO_BUILTIN;
  if (why != UNCHECKED_NO)
    {
      escape_note_unchecked (fn, why);
      return;
    }
  location_t loc = gimple_location (site->alloc.call);
  if (loc == UNKNOWN_LOCATION)
    loc = DECL_SOURCE_LOCATION (fun->decl);
  /* The remark reads "OBJECT stays on the heap: REASON"; the error
     says what was required in between.  */
  char *text = escape_site_sentence (site);
  const char *stays = " stays on the heap: ";
  char *at = strstr (text, stays);
  char *required = concat (" must be on the stack (",
			   ESCAPE_ATTR_REQUIRE_STACK, " on '",
			   escape_decl_name (fn), "') but", NULL);
  char *message;
  if (at)
    {
      *at = '\0';
      message = concat (text, required, " ", at + 1, NULL);
    }
  else
    message = concat (text, required, " stays on the heap", NULL);
  error_at (loc, "escape: %s", message);
  free (message);
  free (required);
  free (text);
}

/* Called at PLUGIN_ALL_PASSES_START, as each function is compiled.
   Warn once about a function with both verdict attributes (declared
   apart, so that no one declaration showed both).  The escape pass
   runs only with optimisation (-O1 and above, not -Og, with
   -ftree-pta), and escape_require_stack is not checked in the builds
   escape_unchecked_build names: for a function with
   escape_require_stack compiled so, say once per unit, as a note (a
   -Werror build of correct code must not break), that nothing was
   checked.  */

void
escape_annotated_function_start (void *, void *)
{
  if (cfun == NULL)
    return;
  tree decl = cfun->decl;
  if (!lookup_attribute (ESCAPE_ATTR_REQUIRE_STACK, DECL_ATTRIBUTES (decl)))
    return;
  if (lookup_attribute (ESCAPE_ATTR_KEEP_HEAP, DECL_ATTRIBUTES (decl)))
    escape_warn_conflict (DECL_SOURCE_LOCATION (decl), decl);
  if (opt_for_fn (decl, optimize) > 0
      && !opt_for_fn (decl, optimize_debug)
      && opt_for_fn (decl, flag_tree_pta))
    escape_note_unchecked (decl, escape_unchecked_build ());
  else
    escape_note_unchecked (decl, UNCHECKED_UNOPTIMIZED);
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
