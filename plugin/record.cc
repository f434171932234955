/* record.cc -- the build-wide JSON records.

   Owns what -fplugin-arg-escape-record=DIR writes and what
   -fplugin-arg-escape-remarks=flow prints:

   - the site id: a stable hash of the allocation's file and line, the
     function it ends up in, the lines of the call sites it was inlined
     through and its number among the function's sites of that same
     line and chain, the same in every compilation of the same source
     and flags (PIC or not, from the .c or its preprocessed .i),
     printed in the dump, the remarks, the records and escape-bisect's
     list so that tools (escape-report, escape-bisect) can name and
     merge sites;
   - the flow of a site kept on the heap: the chain of statements from
     the allocation to the statement responsible (copies, PHIs, pointer
     arithmetic, calls returning the pointer, a store and the load that
     reads it back, then the use that let it escape), found by walking
     the predecessor graph.cc keeps for each name of the escape graph;
   - one JSON file per compilation (per LTRANS unit under -flto) in DIR,
     with every allocation site: where it is, its inlining chain, the
     object, its size, the allocator, the verdict tag and remark text,
     the statement responsible and the flow.  The file is written at
     the end of the compilation under a name unique to the process
     (the output's base name, the pid and random bits), first as a
     temporary file in DIR and then renamed, so that parallel and
     repeated compilations never clash and a reader never sees half a
     file.

   Nothing here changes a verdict: it only reads what the solver
   decided.  GCC's own JSON writer (json.h) does the formatting.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"
#include "json.h"
#include "toplev.h"

/* The sites of the unit, in the order they were reported.  */
static json::array *escape_record_sites;

/* Return true if DIR can hold the records: an existing, writable
   directory.  Report an error naming the option otherwise.  */

bool
escape_record_dir_ok (const char *, const char *dir)
{
  if (dir == NULL || *dir == '\0')
    {
      error ("%<-fplugin-arg-escape-record%> needs a directory, for "
	     "example %<-fplugin-arg-escape-record=build/escape-records%>");
      return false;
    }
  struct stat st;
  if (stat (dir, &st) != 0)
    {
      error ("%<-fplugin-arg-escape-record=%s%>: cannot use %qs: %s "
	     "(create the directory first)", dir, dir, xstrerror (errno));
      return false;
    }
  if (!S_ISDIR (st.st_mode))
    {
      error ("%<-fplugin-arg-escape-record=%s%>: %qs is not a directory",
	     dir, dir);
      return false;
    }
  if (access (dir, W_OK | X_OK) != 0)
    {
      error ("%<-fplugin-arg-escape-record=%s%>: cannot write into %qs: %s",
	     dir, dir, xstrerror (errno));
      return false;
    }
  return true;
}

/* Mix the string S (and its terminating zero) into the FNV-1a hash H.  */

static uint64_t
escape_hash_string (uint64_t h, const char *s)
{
  for (const unsigned char *p = (const unsigned char *) (s ? s : ""); ;
       p++)
    {
      h = (h ^ *p) * 0x100000001b3ULL;
      if (*p == '\0')
	return h;
    }
}

/* Mix the number N into the hash H.  */

static uint64_t
escape_hash_int (uint64_t h, int n)
{
  char buf[16];
  snprintf (buf, sizeof buf, "%d", n);
  return escape_hash_string (h, buf);
}

/* Push to CHAIN the inlined-function BLOCKs that contain STMT,
   innermost first: the calls the statement was inlined through (also
   read by annotate.cc, whose function attributes follow a site through
   inlining).  */

void
escape_inline_blocks (gimple *stmt, vec<tree> *chain)
{
  for (tree block = gimple_block (stmt);
       block && TREE_CODE (block) == BLOCK;
       block = BLOCK_SUPERCONTEXT (block))
    if (inlined_function_outer_scope_p (block))
      {
	tree origin = block_ultimate_origin (block);
	if (origin && TREE_CODE (origin) == FUNCTION_DECL)
	  chain->safe_push (block);
      }
}

/* Return the hash of where CALL, an allocation in FUN, is in the
   source: the base name of its file, its line, FUN's name as the user
   wrote it and the files and lines of the calls it was inlined through.
   No column: a macro's expansion point has another column in the
   preprocessed source (-save-temps, a .i file, distcc) than in the
   original; escape_number_site_lines tells apart the sites this hash
   does not.  */

static uint64_t
escape_site_line_hash (function *fun, gimple *call)
{
  uint64_t h = 0xcbf29ce484222325ULL;
  expanded_location x = expand_location (gimple_location (call));
  h = escape_hash_string (h, x.file ? lbasename (x.file) : "");
  h = escape_hash_int (h, x.line);
  h = escape_hash_string (h, escape_decl_name (fun->decl));
  auto_vec<tree> chain;
  escape_inline_blocks (call, &chain);
  for (unsigned i = 0; i < chain.length (); i++)
    {
      expanded_location c = expand_location (BLOCK_SOURCE_LOCATION (chain[i]));
      h = escape_hash_string (h, c.file ? lbasename (c.file) : "");
      h = escape_hash_int (h, c.line);
    }
  return h;
}

/* Number the sites SITES of FUN, collected in statement order, among
   those of the same file, line and inlining chain (line_ordinal), so
   that two sites of one line (one macro expansion, two calls of an
   inlined helper) get distinct ids.  Called before any site is
   rewritten: the numbers do not depend on the verdicts.  */

void
escape_number_site_lines (function *fun, vec<escape_site *> *sites)
{
  auto_vec<uint64_t> hashes;
  for (unsigned i = 0; i < sites->length (); i++)
    {
      uint64_t h = escape_site_line_hash (fun, (*sites)[i]->alloc.call);
      unsigned n = 0;
      for (unsigned j = 0; j < i; j++)
	if (hashes[j] == h)
	  n++;
      (*sites)[i]->alloc.line_ordinal = n;
      hashes.safe_push (h);
    }
}

/* Return the stable id of SITE in FUN: 16 hex digits of a hash of the
   allocation's file and line, FUN's name as the user wrote it, the
   files and lines of the calls it was inlined through
   (escape_site_line_hash) and the site's number among FUN's sites of
   the same ones (escape_number_site_lines).  The same for the same
   source and flags whether compiled from the .c or its preprocessed
   .i; not across edits of the function.  The string lives in GCC's
   identifier table.  */

const char *
escape_site_id (function *fun, const struct escape_site *site)
{
  uint64_t h = escape_site_line_hash (fun, site->alloc.call);
  h = escape_hash_int (h, site->alloc.line_ordinal);
  char buf[24];
  snprintf (buf, sizeof buf, "%016llx", (unsigned long long) h);
  return IDENTIFIER_POINTER (get_identifier (buf));
}

/* Return FILE as an absolute path, in a string the caller frees.  */

static char *
escape_absolute_file (const char *file)
{
  if (file == NULL)
    return xstrdup ("");
  if (IS_ABSOLUTE_PATH (file))
    return xstrdup (file);
  return concat (getpwd (), "/", file, NULL);
}

/* Set the "file", "line" and "column" members of OBJ from LOC.  */

static void
escape_json_location (json::object *obj, location_t loc)
{
  expanded_location x = expand_location (loc);
  char *file = escape_absolute_file (x.file);
  obj->set ("file", new json::string (file));
  free (file);
  obj->set ("line", new json::integer_number (x.line));
  obj->set ("column", new json::integer_number (x.column));
}

/* One step of a flow: what happened to the address at a statement.  */

struct escape_flow_step
{
  const char *kind;		/* "alloc", "copy", "phi", "offset",
				   "returned-by-call", "store", "load", or
				   the kind of the use responsible.  */
  gimple *stmt;
  tree name;			/* The pointer the step defines or uses.  */
};

/* Return the flow kind of the statement DEF, which defines a derived
   name from another.  */

static const char *
escape_def_kind (gimple *def)
{
  if (gimple_code (def) == GIMPLE_PHI)
    return "phi";
  if (is_gimple_call (def))
    return "returned-by-call";
  if (is_gimple_assign (def)
      && gimple_assign_rhs_code (def) == POINTER_PLUS_EXPR)
    return "offset";
  if (is_gimple_assign (def)
      && TREE_CODE (gimple_assign_rhs1 (def)) == ADDR_EXPR)
    return "offset";
  return "copy";
}

/* Return true if NAME's definition is still in the IL (an earlier
   site's rewrite may have removed statements since the analysis).  */

static bool
escape_live_name_p (tree name)
{
  if (name == NULL_TREE || TREE_CODE (name) != SSA_NAME
      || SSA_NAME_IN_FREE_LIST (name))
    return false;
  gimple *def = SSA_NAME_DEF_STMT (name);
  return def && gimple_bb (def);
}

/* Prepend to STEPS the steps by which NAME of SITE's graph got the
   address: walk the predecessors back to the allocation, through at
   most one store and load.  BUDGET bounds the walk.  */

static void
escape_flow_to (const struct escape_site *site, tree name,
		vec<escape_flow_step> *steps, int budget)
{
  while (budget-- > 0 && escape_live_name_p (name)
	 && name != site->alloc.ptr)
    {
      tree *found = (site->graph.parent ? site->graph.parent->get (name)
		     : NULL);
      tree parent = found ? *found : NULL_TREE;
      gimple *def = SSA_NAME_DEF_STMT (name);
      if (parent == NULL_TREE)
	{
	  /* Read back from memory: the load, after the store of the
	     address.  */
	  escape_flow_step load = { "load", def, name };
	  steps->safe_insert (0, load);
	  gimple *store = site->graph.store;
	  if (store == NULL || !gimple_bb (store))
	    return;
	  escape_flow_step st = { "store", store, NULL_TREE };
	  steps->safe_insert (0, st);
	  name = NULL_TREE;
	  for (unsigned i = 0; i < site->graph.uses.length (); i++)
	    if (site->graph.uses[i].stmt == store)
	      name = site->graph.uses[i].name;
	  steps->operator[] (0).name = name;
	  continue;
	}
      escape_flow_step s = { escape_def_kind (def), def, name };
      steps->safe_insert (0, s);
      name = parent;
    }
}

/* Return the flow kind of the statement responsible for SITE's verdict
   when it is a use event of the graph.  */

static const char *
escape_use_kind_name (const struct escape_site *site)
{
  for (unsigned i = 0; i < site->graph.uses.length (); i++)
    if (site->graph.uses[i].stmt == site->verdict.stmt
	&& site->graph.uses[i].name == site->verdict.use_name)
      switch (site->graph.uses[i].kind)
	{
	case USE_CALL_ARG: return "call";
	case USE_STORE: return "store";
	case USE_RETURN: return "return";
	case USE_INT_CONV: return "int-conversion";
	case USE_PTRDIFF: return "compare";
	case USE_ASM: return "asm";
	case USE_UNHANDLED: return "unhandled";
	}
  return "use";
}

/* Compute the flow of SITE into STEPS: the allocation, the steps to
   the statement responsible for its verdict, and that statement.  */

static void
escape_compute_flow (const struct escape_site *site,
		     vec<escape_flow_step> *steps)
{
  const struct escape_verdict *v = &site->verdict;
  escape_flow_step first = { "alloc", site->alloc.call, site->alloc.ptr };
  steps->safe_push (first);
  if (v->reason == ESCAPE_PROMOTED || v->stmt == NULL
      || v->stmt == site->alloc.call || !site->graph.derived
      || !gimple_bb (v->stmt))
    return;
  auto_vec<escape_flow_step> middle;
  const char *last_kind;
  if (v->use_name)
    {
      escape_flow_to (site, v->use_name, &middle, 64);
      last_kind = escape_use_kind_name (site);
    }
  else
    {
      /* A verdict of part 3 (a call reaching the object through
	 memory, a read of the stored address as data, points-to's
	 escape facts): the flow goes through the first store.  */
      gimple *store = site->graph.store;
      if (store && gimple_bb (store) && store != v->stmt)
	{
	  tree name = NULL_TREE;
	  for (unsigned i = 0; i < site->graph.uses.length (); i++)
	    if (site->graph.uses[i].stmt == store)
	      name = site->graph.uses[i].name;
	  escape_flow_to (site, name, &middle, 64);
	  escape_flow_step st = { "store", store, name };
	  middle.safe_push (st);
	}
      last_kind = (v->reason == ESCAPE_STORED_READ_AS_DATA ? "read-as-data"
		   : v->reason == ESCAPE_STORED_ESCAPING ? "store"
		   : is_gimple_call (v->stmt) ? "call" : "use");
    }
  for (unsigned i = 0; i < middle.length (); i++)
    steps->safe_push (middle[i]);
  escape_flow_step last = { last_kind, v->stmt, v->use_name };
  steps->safe_push (last);
}

/* The phrases of the flow kinds, as the notes and records show them.  */

static const char *const escape_flow_phrases[][2] = {
  { "alloc", "allocated" },
  { "copy", "copied" },
  { "phi", "merged by a PHI" },
  { "offset", "offset" },
  { "returned-by-call", "returned" },
  { "store", "stored" },
  { "load", "loaded back from memory" },
  { "call", "passed" },
  { "return", "returned" },
  { "int-conversion", "converted to an integer" },
  { "compare", "compared or subtracted" },
  { "asm", "used by an inline asm" },
  { "unhandled", "used by a statement not modelled" },
  { "read-as-data", "memory holding it read as data" },
};

/* Append to PP the user's name for the memory REF a store writes: " into
   'b.data'" for a variable or its fields, " into memory pointed to by
   't'" through a named pointer, else " into memory".  */

static void
escape_describe_memory (pretty_printer *pp, tree ref)
{
  tree base = ref;
  while (handled_component_p (base))
    base = TREE_OPERAND (base, 0);
  if ((VAR_P (base) || TREE_CODE (base) == PARM_DECL)
      && DECL_NAME (base) && !DECL_ARTIFICIAL (base))
    {
      char *s = print_generic_expr_to_str (ref);
      pp_printf (pp, " into '%s'", s);
      free (s);
      return;
    }
  if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    {
      tree ptr = TREE_OPERAND (base, 0);
      tree var = (TREE_CODE (ptr) == SSA_NAME ? SSA_NAME_VAR (ptr)
		  : NULL_TREE);
      if (var && DECL_NAME (var) && !DECL_ARTIFICIAL (var))
	{
	  pp_printf (pp, " into memory pointed to by '%s'",
		     IDENTIFIER_POINTER (DECL_NAME (var)));
	  return;
	}
    }
  pp_string (pp, " into memory");
}

/* Return a short description of flow step S, in a string the caller
   frees: what happened, the variable involved, the callee.  */

static char *
escape_describe_step (const escape_flow_step *s)
{
  pretty_printer pp;
  const char *phrase = s->kind;
  for (size_t i = 0; i < ARRAY_SIZE (escape_flow_phrases); i++)
    if (strcmp (escape_flow_phrases[i][0], s->kind) == 0)
      phrase = escape_flow_phrases[i][1];
  pp_string (&pp, phrase);
  tree var = (s->name && TREE_CODE (s->name) == SSA_NAME
	      ? SSA_NAME_VAR (s->name) : NULL_TREE);
  bool named = var && DECL_NAME (var) && !DECL_ARTIFICIAL (var);
  if (strcmp (s->kind, "store") == 0 && is_gimple_assign (s->stmt))
    escape_describe_memory (&pp, gimple_assign_lhs (s->stmt));
  else if (named && (strcmp (s->kind, "call") == 0
		     || strcmp (s->kind, "return") == 0))
    pp_printf (&pp, " as '%s'", IDENTIFIER_POINTER (DECL_NAME (var)));
  else if (named)
    pp_printf (&pp, " into '%s'", IDENTIFIER_POINTER (DECL_NAME (var)));
  if (gcall *call = dyn_cast <gcall *> (s->stmt))
    if (strcmp (s->kind, "alloc") != 0)
      {
	tree fndecl = gimple_call_fndecl (call);
	const char *prep = (strcmp (s->kind, "returned-by-call") == 0
			    ? "by" : "to");
	if (fndecl)
	  pp_printf (&pp, " %s '%s'", prep, escape_decl_name (fndecl));
	else if (gimple_call_internal_p (call))
	  pp_printf (&pp, " %s '%s'", prep,
		     internal_fn_name (gimple_call_internal_fn (call)));
	else
	  pp_printf (&pp, " %s an indirect call", prep);
      }
  return xstrdup (pp_formatted_text (&pp));
}

/* Return the location of flow step S, or of the allocation ALLOC_LOC
   when the statement has none.  */

static location_t
escape_step_location (const escape_flow_step *s, location_t alloc_loc)
{
  location_t loc = escape_user_location (s->stmt);
  return loc == UNKNOWN_LOCATION ? alloc_loc : loc;
}

/* Call ADD (DATA, TEXT, STMT, LOC) for each step of the flow of SITE
   after the allocation, a site kept on the heap (the same steps
   remarks=flow prints): TEXT, "flow N: DESCRIPTION", is the caller's to
   free; STMT is the step's statement and LOC its location.  This is how
   the optimization record (report.cc) gets the flow as items.  */

void
escape_for_each_flow_step (const struct escape_site *site,
			   void (*add) (void *, char *, gimple *,
					location_t),
			   void *data)
{
  if (site->verdict.reason == ESCAPE_PROMOTED)
    return;
  location_t alloc_loc = gimple_location (site->alloc.call);
  auto_vec<escape_flow_step> steps;
  escape_compute_flow (site, &steps);
  for (unsigned i = 1; i < steps.length (); i++)
    {
      char *d = escape_describe_step (&steps[i]);
      char num[32];
      snprintf (num, sizeof num, "flow %u: ", i);
      add (data, concat (num, d, NULL), steps[i].stmt,
	   escape_step_location (&steps[i], alloc_loc));
      free (d);
    }
}

/* Record SITE of FUN, whose remark text is TEXT: print the flow notes
   (remarks=flow) and add it to the unit's record (record=DIR).  */

void
escape_record_site (function *fun, const struct escape_site *site,
		    const char *text)
{
  bool promoted = site->verdict.reason == ESCAPE_PROMOTED;
  location_t alloc_loc = gimple_location (site->alloc.call);
  if (alloc_loc == UNKNOWN_LOCATION)
    alloc_loc = DECL_SOURCE_LOCATION (fun->decl);
  auto_vec<escape_flow_step> steps;
  escape_compute_flow (site, &steps);

  if ((escape_opts.remarks > 1) && !promoted)
    for (unsigned i = 1; i < steps.length (); i++)
      {
	char *d = escape_describe_step (&steps[i]);
	inform (escape_step_location (&steps[i], alloc_loc),
		"escape: flow %u: %s", i, d);
	free (d);
      }
  if (!escape_opts.record_dir)
    return;

  if (escape_record_sites == NULL)
    escape_record_sites = new json::array ();
  json::object *rec = new json::object ();
  rec->set ("id", new json::string (escape_site_id (fun, site)));
  escape_json_location (rec, alloc_loc);
  rec->set ("function", new json::string (escape_decl_name (fun->decl)));
  json::array *chain = new json::array ();
  auto_vec<tree> blocks;
  escape_inline_blocks (site->alloc.call, &blocks);
  for (unsigned i = 0; i < blocks.length (); i++)
    {
      json::object *c = new json::object ();
      c->set ("function", new json::string
	      (escape_decl_name (block_ultimate_origin (blocks[i]))));
      escape_json_location (c, BLOCK_SOURCE_LOCATION (blocks[i]));
      chain->append (c);
    }
  rec->set ("inlined", chain);
  char *obj = escape_object_name (site);
  rec->set ("object", new json::string (obj));
  free (obj);
  if (site->alloc.size_known && site->alloc.size != HOST_WIDE_INT_M1U)
    rec->set ("size", new json::integer_number (site->alloc.size));
  else
    rec->set ("size", new json::string ("variable"));
  tree fndecl = gimple_call_fndecl (site->alloc.call);
  rec->set ("allocator", new json::string
	    ((site->alloc.kind == ALLOC_CUSTOM || site->alloc.wrapper)
	     && fndecl
	     ? escape_decl_name (fndecl)
	     : escape_alloc_kind_name (site->alloc.kind)));
  rec->set ("verdict", new json::string
	    (escape_reason_tag (site->verdict.reason)));
  rec->set ("remark", new json::string (text));
  if (site->verdict.name)
    rec->set ("named", new json::string (site->verdict.name));
  if (site->verdict.argno)
    rec->set ("argno", new json::integer_number (site->verdict.argno));
  /* What the hint of escape-report needs about a callee: a C library
     builtin, or a function whose body this unit has.  */
  if (site->verdict.stmt && is_gimple_call (site->verdict.stmt))
    if (tree callee = gimple_call_fndecl (site->verdict.stmt))
      {
	cgraph_node *node = cgraph_node::get (callee);
	rec->set ("callee-builtin",
		  new json::literal (fndecl_built_in_p (callee)));
	rec->set ("callee-defined",
		  new json::literal (node != NULL && node->definition));
      }
  if (!promoted)
    {
      json::object *nums = new json::object ();
      nums->set ("n", new json::integer_number (site->verdict.need));
      nums->set ("m", new json::integer_number (site->verdict.limit));
      nums->set ("l", new json::integer_number (site->verdict.used));
      rec->set ("numbers", nums);
    }
  if (!promoted && site->verdict.stmt)
    {
      json::object *resp = new json::object ();
      location_t loc = escape_user_location (site->verdict.stmt);
      escape_json_location (resp, loc == UNKNOWN_LOCATION ? alloc_loc : loc);
      rec->set ("responsible", resp);
    }
  json::array *flow = new json::array ();
  for (unsigned i = 0; i < steps.length (); i++)
    {
      json::object *s = new json::object ();
      s->set ("kind", new json::string (steps[i].kind));
      char *d = escape_describe_step (&steps[i]);
      s->set ("text", new json::string (d));
      free (d);
      escape_json_location (s, escape_step_location (&steps[i], alloc_loc));
      flow->append (s);
    }
  rec->set ("flow", flow);
  escape_record_sites->append (rec);
}

/* Return a few random bits for a file name: the process's pid alone
   repeats across containers and machines sharing DIR.  */

static unsigned
escape_random_bits (void)
{
  unsigned r = 0;
  int fd = open ("/dev/urandom", O_RDONLY);
  if (fd >= 0)
    {
      if (read (fd, &r, sizeof r) != (ssize_t) sizeof r)
	r = 0;
      close (fd);
    }
  struct timeval tv;
  gettimeofday (&tv, NULL);
  return r ^ (unsigned) tv.tv_usec ^ ((unsigned) tv.tv_sec << 12);
}

/* At the end of the compilation: write the unit's record into the
   record directory, if one was asked for and this process compiles
   code (not -E or -fsyntax-only, not the -flto compile of slim
   objects, not WPA: under -flto each LTRANS unit writes one).  */

void
escape_record_finish (void)
{
  if (!escape_opts.record_dir || seen_error ()
      || flag_preprocess_only || flag_syntax_only
      || (flag_generate_lto && !flag_fat_lto_objects) || flag_wpa)
    {
      delete escape_record_sites;
      escape_record_sites = NULL;
      return;
    }
  json::object *top = new json::object ();
  top->set ("format", new json::string ("escape-record"));
  top->set ("version", new json::integer_number (1));
  char *unit = escape_absolute_file (main_input_filename);
  top->set ("unit", new json::string (unit));
  free (unit);
  top->set ("output", new json::string (asm_file_name ? asm_file_name : ""));
  top->set ("lto", new json::literal (flag_ltrans != 0));
  top->set ("pic", new json::literal (flag_pic != 0));
  json::object *opts = new json::object ();
  opts->set ("max-object-size",
	     new json::integer_number (escape_opts.max_object_size));
  opts->set ("max-frame-size",
	     new json::integer_number (escape_opts.max_frame_size));
  opts->set ("max-guarded-size",
	     new json::integer_number (escape_opts.max_guarded_size));
  opts->set ("max-chain-size",
	     new json::integer_number (escape_opts.max_chain_size));
  top->set ("options", opts);
  top->set ("sites", escape_record_sites ? escape_record_sites
			: new json::array ());
  escape_record_sites = NULL;

  const char *base = lbasename (flag_ltrans && asm_file_name
				? asm_file_name : main_input_filename);
  char suffix[64];
  snprintf (suffix, sizeof suffix, ".%ld.%08x.json", (long) getpid (),
	    escape_random_bits ());
  char *final_name = concat (escape_opts.record_dir, "/", base, suffix, NULL);
  char *tmp_name = concat (escape_opts.record_dir, "/.tmp.", base, suffix,
			   NULL);
  FILE *f = fopen (tmp_name, "w");
  bool ok = f != NULL;
  if (f)
    {
      top->dump (f);
      fputc ('\n', f);
      ok = !ferror (f);
      ok &= fclose (f) == 0;
    }
  if (ok && rename (tmp_name, final_name) != 0)
    ok = false;
  if (!ok)
    {
      error ("%<-fplugin-arg-escape-record=%s%>: cannot write %qs: %s",
	     escape_opts.record_dir, final_name, xstrerror (errno));
      unlink (tmp_name);
    }
  delete top;
  free (final_name);
  free (tmp_name);
}
