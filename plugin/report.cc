/* report.cc -- telling people what the pass decided and why.

   Owns the wording.  The reasons are defined once, in
   escape-reasons.def; this file turns a verdict into one sentence and
   sends it to three places:

   - GCC's optimization-info machinery, so that -fopt-info-optimized,
     -fopt-info-missed and -fsave-optimization-record carry every
     decision, the record with the object, the reason tag and the
     statement responsible as structured items (escape_dump_remark);
   - with -fplugin-arg-escape-remarks, a note: diagnostic at the
     allocation, the friendliest form for people and for dg-message;
   - with -fplugin-arg-escape-record=DIR, the unit's JSON record, and
     with -fplugin-arg-escape-remarks=flow notes of the flow after a
     missed remark (both written by record.cc);
   - with -fplugin-arg-escape-dump[=details], the pass dump file, where
     each site gets a "Site N" line, a verdict line of the form
	 promoted: DESCRIPTION
	 heap (TAG): DESCRIPTION: REASON
     (TAG from escape-reasons.def; the rewrite, rewrite.cc, adds a
     "slot:" line under a promoted site) and a "site id: HEX" line, the
     stable id the records use; details add the escape graph;
   - with the environment variable ESCAPE_BISECT_LIST (escape-bisect),
     one line a promoted or deselected site appended to that file.

   A sentence names the object (the variable its address was assigned
   to), its size and allocator, the verdict, and for a missed promotion
   the statement responsible with its line.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"
#include "optinfo.h"
#include "dump-context.h"

static const char *const escape_reason_tags[] = {
#define DEF_ESCAPE_REASON(ID, TAG, TEXT) TAG,
#include "escape-reasons.def"
#undef DEF_ESCAPE_REASON
};

static const char *const escape_reason_texts[] = {
#define DEF_ESCAPE_REASON(ID, TAG, TEXT) TEXT,
#include "escape-reasons.def"
#undef DEF_ESCAPE_REASON
};

/* Return the stable tag of reason R.  */

const char *
escape_reason_tag (enum escape_reason r)
{
  return escape_reason_tags[r];
}

/* Return the name of DECL as a user wrote it: a function clone such as
   "f.isra.0" or "f.part.1" is named "f".  */

const char *
escape_decl_name (tree decl)
{
  if (decl == NULL_TREE || DECL_NAME (decl) == NULL_TREE)
    return "<anonymous>";
  const char *name = IDENTIFIER_POINTER (DECL_NAME (decl));
  const char *dot = strchr (name, '.');
  if (TREE_CODE (decl) != FUNCTION_DECL || dot == NULL || dot == name)
    return name;
  return IDENTIFIER_POINTER (get_identifier_with_length (name, dot - name));
}

/* Record in SITE the verdict R, caused by STMT (or NULL), naming DECL
   (a callee or global, or NULL_TREE) and argument ARGNO (1-based).  */

void
escape_set_verdict (struct escape_site *site, enum escape_reason r,
		    gimple *stmt, tree decl, int argno)
{
  struct escape_verdict *v = &site->verdict;
  memset (v, 0, sizeof *v);
  escape_checking_assert (r < ESCAPE_REASON_LAST && argno >= 0);
  v->reason = r;
  v->stmt = stmt;
  v->name = decl ? escape_decl_name (decl) : NULL;
  v->argno = argno;
}

/* Append to PP the reason text of verdict V, filling in the %F, %A,
   %G, %N, %M and %L placeholders.  */

static void
escape_format_reason (pretty_printer *pp, const struct escape_verdict *v)
{
  for (const char *p = escape_reason_texts[v->reason]; *p; p++)
    {
      if (*p != '%' || p[1] == '\0')
	{
	  pp_character (pp, *p);
	  continue;
	}
      switch (*++p)
	{
	case 'F':
	case 'G':
	  pp_string (pp, v->name ? v->name : "?");
	  break;
	case 'A':
	  pp_decimal_int (pp, v->argno);
	  break;
	case 'N':
	  pp_unsigned_wide_integer (pp, v->need);
	  break;
	case 'M':
	  pp_unsigned_wide_integer (pp, v->limit);
	  break;
	case 'L':
	  pp_unsigned_wide_integer (pp, v->used);
	  break;
	default:
	  pp_character (pp, *p);
	  break;
	}
    }
}


/* Return true if T names memory the way a user wrote it: a named
   variable, or fields of one (as in "b.data").  */

static bool
escape_user_ref_p (tree t)
{
  while (TREE_CODE (t) == COMPONENT_REF)
    t = TREE_OPERAND (t, 0);
  return (VAR_P (t) || TREE_CODE (t) == PARM_DECL)
	 && DECL_NAME (t) && !DECL_ARTIFICIAL (t);
}

/* Return the user's name for SITE's object, without quotes, in a string
   the caller frees: the variable its address was assigned to, or else
   the variable or field the address is stored into right away (an
   addressable "p", or "b.data"), or else NULL.  Set *NAMED to the tree
   so named and *WHERE to where it is (its declaration, or the store),
   when not NULL.  */

static char *
escape_name_of (const struct escape_site *site, tree *named,
		location_t *where)
{
  tree ptr = site->alloc.ptr;
  tree t = NULL_TREE;
  location_t loc = UNKNOWN_LOCATION;
  char *name = NULL;
  if (ptr == NULL_TREE || TREE_CODE (ptr) != SSA_NAME)
    {
      if (ptr && escape_user_ref_p (ptr))
	{
	  t = ptr;
	  loc = gimple_location (site->alloc.call);
	  name = print_generic_expr_to_str (ptr);
	}
    }
  else if (SSA_NAME_VAR (ptr) && DECL_NAME (SSA_NAME_VAR (ptr))
	   && !DECL_ARTIFICIAL (SSA_NAME_VAR (ptr)))
    {
      t = SSA_NAME_VAR (ptr);
      loc = DECL_SOURCE_LOCATION (t);
      name = xstrdup (IDENTIFIER_POINTER (DECL_NAME (t)));
    }
  else
    {
      imm_use_iterator iter;
      use_operand_p use;
      FOR_EACH_IMM_USE_FAST (use, iter, ptr)
	{
	  gimple *stmt = USE_STMT (use);
	  if (gimple_assign_single_p (stmt)
	      && gimple_assign_rhs1 (stmt) == ptr
	      && escape_user_ref_p (gimple_assign_lhs (stmt)))
	    {
	      t = gimple_assign_lhs (stmt);
	      loc = gimple_location (stmt);
	      name = print_generic_expr_to_str (t);
	      break;
	    }
	}
    }
  if (named)
    *named = t;
  if (where)
    *where = loc;
  return name;
}

/* Append to PP the user's name for SITE's object (escape_name_of), in
   quotes, or else "object".  */

static void
escape_format_name (pretty_printer *pp, const struct escape_site *site)
{
  char *name = escape_name_of (site, NULL, NULL);
  if (name)
    pp_printf (pp, "'%s'", name);
  else
    pp_string (pp, "object");
  free (name);
}

/* Return the user's name for SITE's object, as escape_format_name
   writes it, in a string the caller frees.  */

char *
escape_object_name (const struct escape_site *site)
{
  pretty_printer pp;
  escape_format_name (&pp, site);
  return xstrdup (pp_formatted_text (&pp));
}

/* Append to PP the description of SITE's object: its name, size and
   allocator, as in "'p' (64 bytes, malloc)".  */

static void
escape_format_object (pretty_printer *pp, const struct escape_site *site)
{
  escape_format_name (pp, site);
  pp_string (pp, " (");
  if (site->alloc.size_known && site->alloc.size != HOST_WIDE_INT_M1U)
    {
      pp_unsigned_wide_integer (pp, site->alloc.size);
      pp_string (pp, site->alloc.size == 1 ? " byte, " : " bytes, ");
    }
  else if (site->alloc.size_known)
    pp_string (pp, "overflowing size, ");
  else if (escape_alloc_size_modeled_p (site->alloc.kind))
    pp_string (pp, "variable size, ");
  tree fndecl = gimple_call_fndecl (site->alloc.call);
  pp_string (pp, (site->alloc.kind == ALLOC_CUSTOM || site->alloc.wrapper)
		 && fndecl
	     ? escape_decl_name (fndecl)
	     : escape_alloc_kind_name (site->alloc.kind));
  pp_character (pp, ')');
}

/* Return the location of STMT as the user wrote it: a statement of a
   system header's function inlined into the program (glibc's fortified
   snprintf calling __builtin___snprintf_chk) is shown at the call of
   that function.  */

location_t
escape_user_location (gimple *stmt)
{
  location_t loc = gimple_location (stmt);
  for (tree block = gimple_block (stmt);
       block && TREE_CODE (block) == BLOCK && in_system_header_at (loc);
       block = BLOCK_SUPERCONTEXT (block))
    if (inlined_function_outer_scope_p (block))
      loc = BLOCK_SOURCE_LOCATION (block);
  return loc;
}

/* Append to PP where the statement of verdict V is, relative to the
   allocation at ALLOC_LOC: " (line N)" in the same file, " (FILE:N)"
   elsewhere, nothing when unknown.  */

static void
escape_format_where (pretty_printer *pp, const struct escape_verdict *v,
		     location_t alloc_loc)
{
  if (v->stmt == NULL)
    return;
  location_t loc = escape_user_location (v->stmt);
  if (loc == UNKNOWN_LOCATION)
    return;
  expanded_location here = expand_location (loc);
  expanded_location alloc = expand_location (alloc_loc);
  if (here.file && alloc.file && strcmp (here.file, alloc.file) == 0)
    pp_printf (pp, " (line %d)", here.line);
  else if (here.file)
    pp_printf (pp, " (%s:%d)", here.file, here.line);
}

/* Return true if verdict V blames a function the user declared and did
   not define here (capture or free): declaring its parameter noescape
   (annotate.cc) would unblock the site, and the remark says so.  */

static bool
escape_noescape_hint_p (const struct escape_verdict *v)
{
  if ((v->reason != ESCAPE_CALL_CAPTURE && v->reason != ESCAPE_CALL_FREE)
      || v->stmt == NULL || v->argno <= 0 || !is_gimple_call (v->stmt))
    return false;
  tree fndecl = gimple_call_fndecl (v->stmt);
  if (fndecl == NULL_TREE || !DECL_EXTERNAL (fndecl)
      || fndecl_built_in_p (fndecl) || DECL_IN_SYSTEM_HEADER (fndecl)
      || escape_callee_defined_p (fndecl))
    return false;
  /* Only a named parameter of a prototype can carry the attribute: not
     a variadic argument, not an argument of an unprototyped function.  */
  tree type = TREE_TYPE (fndecl);
  if (!prototype_p (type))
    return false;
  int nparams = 0;
  for (tree t = TYPE_ARG_TYPES (type); t && t != void_list_node;
       t = TREE_CHAIN (t))
    nparams++;
  return v->argno <= nparams;
}

/* Return the sentence for SITE's verdict, without the "escape: " prefix,
   in a string the caller frees.  */

static char *
escape_sentence (const struct escape_site *site)
{
  pretty_printer pp;
  const struct escape_verdict *v = &site->verdict;
  escape_format_object (&pp, site);
  if (v->reason == ESCAPE_PROMOTED && site->place.kind == SLOT_BOUNDED)
    pp_printf (&pp, " promoted to the stack: its size is at most "
	       HOST_WIDE_INT_PRINT_UNSIGNED " bytes", site->place.size);
  else if (v->reason == ESCAPE_PROMOTED && site->place.kind == SLOT_GUARDED)
    pp_printf (&pp, " promoted to the stack for sizes up to "
	       HOST_WIDE_INT_PRINT_UNSIGNED " bytes; larger ones%s still "
	       "call %s", site->place.size,
	       !site->alloc.zero_null ? ""
	       : escape_alloc_copies_p (site->alloc.kind)
	       ? ", zero, and a null source," : ", and zero,",
	       site->alloc.wrapper ? escape_decl_name (site->alloc.wrapper)
	       : escape_alloc_kind_name (site->alloc.kind));
  else if (v->reason == ESCAPE_PROMOTED && site->place.kind == SLOT_BUMP
	   && site->place.bump_all)
    pp_printf (&pp, " promoted to frame storage ("
	       HOST_WIDE_INT_PRINT_UNSIGNED " bytes in this function, room "
	       "for all " HOST_WIDE_INT_PRINT_UNSIGNED " object%s a call may "
	       "allocate here)", site->place.size, site->place.bump_all,
	       site->place.bump_all == 1 ? "" : "s");
  else if (v->reason == ESCAPE_PROMOTED && site->place.kind == SLOT_BUMP)
    pp_printf (&pp, " promoted to frame storage (up to "
	       HOST_WIDE_INT_PRINT_UNSIGNED " bytes in this function; beyond"
	       " that it calls %s)", site->place.size,
	       site->alloc.wrapper ? escape_decl_name (site->alloc.wrapper)
	       : escape_alloc_kind_name (site->alloc.kind));
  else if (v->reason == ESCAPE_PROMOTED)
    pp_string (&pp, " promoted to the stack");
  unsigned tested = (v->reason == ESCAPE_PROMOTED
		     && site->place.kind != SLOT_BUMP
		     ? escape_range_tested_frees (site) : 0);
  if (tested)
    pp_string (&pp, "; ");
  if (tested)
    pp_printf (&pp, "%u free%s that may also release another object"
	       " test%s whether the pointer lies in its slot",
	       tested, tested == 1 ? "" : "s", tested == 1 ? "s" : "");
  unsigned moves = (v->reason == ESCAPE_PROMOTED
		    && site->place.kind != SLOT_BUMP
		    ? site->graph.reallocs.length () : 0);
  if (moves)
    pp_printf (&pp, "%s%u realloc%s move%s it to the heap when the"
	       " pointer lies in its slot", tested ? " and " : "; ",
	       moves, moves == 1 ? "" : "s", moves == 1 ? "s" : "");
  if (v->reason == ESCAPE_PROMOTED && site->place.canary != CANARY_NONE)
    {
      pp_string (&pp, ", ");
      pp_string (&pp, escape_canary_phrase (site->place.canary));
    }
  if (v->reason != ESCAPE_PROMOTED)
    {
      pp_string (&pp, " stays on the heap: ");
      escape_format_reason (&pp, v);
      if (v->via_memory)
	pp_string (&pp, ", through a pointer read back from memory");
      escape_format_where (&pp, v, gimple_location (site->alloc.call));
      if (escape_noescape_hint_p (v))
	{
	  /* pp_string, not pp_printf: a format starting with ';' is
	     -Wformat-diag's "spurious leading punctuation".  */
	  pp_string (&pp, "; if '");
	  pp_string (&pp, v->name ? v->name : "?");
	  pp_string (&pp, "' neither keeps nor frees it, declare the "
		     "parameter noescape");
	}
    }
  return xstrdup (pp_formatted_text (&pp));
}

/* Print the escape graph of SITE to the dump file (details only).  */

static void
escape_dump_graph (const struct escape_site *site)
{
  if (!site->graph.derived)
    return;
  fprintf (dump_file, "  points-to uid: %u\n  derived:", site->graph.heap_uid);
  bitmap_iterator bi;
  unsigned v;
  EXECUTE_IF_SET_IN_BITMAP (site->graph.derived, 0, v, bi)
    {
      fputc (' ', dump_file);
      print_generic_expr (dump_file, ssa_name (v), TDF_NONE);
      if (bitmap_bit_p (site->graph.exact, v))
	fputs ("(exact)", dump_file);
      else if (bitmap_bit_p (site->graph.exact_or_null, v))
	fputs ("(exact-or-null)", dump_file);
      else if (bitmap_bit_p (site->graph.via_memory, v))
	fputs ("(memory)", dump_file);
    }
  fputc ('\n', dump_file);
  static const char *const kinds[] = {
    "call", "store", "return", "int", "ptrdiff", "asm", "unhandled"
  };
  for (unsigned i = 0; i < site->graph.uses.length (); i++)
    {
      fprintf (dump_file, "  use %s: ", kinds[site->graph.uses[i].kind]);
      print_gimple_stmt (dump_file, site->graph.uses[i].stmt, 0, TDF_NONE);
    }
}

/* Whether the comma-separated list of ids LIST has ID (escape_site_id,
   record.cc: 16 hex digits, as escape_check_ids made each one).  */

static bool
escape_id_listed_p (const char *list, const char *id)
{
  size_t len = strlen (id);
  for (const char *p = list; *p; p += (p[len] == ',' ? len + 1 : len))
    if (strncasecmp (p, id, len) == 0)
      return true;
  return false;
}

/* Whether -fplugin-arg-escape-skip= or only= keeps SITE in FUN on the
   heap.  */

bool
escape_site_deselected_p (function *fun, const struct escape_site *site)
{
  if (escape_opts.skip_ids == NULL && escape_opts.only_ids == NULL
      && escape_bisect_only == NULL)
    return false;
  const char *id = escape_site_id (fun, site);
  if (escape_opts.skip_ids && escape_id_listed_p (escape_opts.skip_ids, id))
    return true;
  /* ESCAPE_BISECT_ONLY (escape-bisect) narrows the selection of the
     options further.  */
  if (escape_bisect_only && !escape_id_listed_p (escape_bisect_only, id))
    return true;
  return (escape_opts.only_ids
	  && !escape_id_listed_p (escape_opts.only_ids, id));
}

/* Append the line of SITE in FUN, promoted or deselected, to the file of
   ESCAPE_BISECT_LIST: "ID promoted|deselected FILE:LINE:COLUMN: TEXT",
   TEXT the remark's sentence.  One write to a file opened with O_APPEND,
   so that the lines of the compiles of a make -j never mix.  */

static void
escape_bisect_list_site (function *fun, const struct escape_site *site,
			 location_t loc, const char *text)
{
  expanded_location x = expand_location (loc);
  char pos[32];
  snprintf (pos, sizeof pos, ":%d:%d: ", x.line, x.column);
  char *line = concat (escape_site_id (fun, site),
		       site->verdict.reason == ESCAPE_PROMOTED
		       ? " promoted " : " deselected ",
		       x.file ? x.file : "<unknown>", pos, text, "\n", NULL);
  /* A sentence never has a newline; a file name might.  */
  for (char *p = line; p[1]; p++)
    if (*p == '\n')
      *p = ' ';
  size_t len = strlen (line);
  /* O_NONBLOCK: never wait for a reader (options.cc checked that the
     file is regular or /dev/null, not a FIFO).  */
  int fd = open (escape_bisect_list,
		 O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK, 0666);
  ssize_t n = fd < 0 ? -1 : write (fd, line, len);
  if (n != (ssize_t) len)
    error ("%qs: cannot append to %qs: %m", "ESCAPE_BISECT_LIST",
	   escape_bisect_list);
  if (fd >= 0)
    close (fd);
  free (line);
}

/* Add the flow step TEXT (freed here) and its statement STMT at
   LOC to the optimization record's optinfo DATA.  */

static void
escape_add_flow_item (void *data, char *text, gimple *stmt, location_t loc)
{
  optinfo *info = (optinfo *) data;
  info->add_item (new optinfo_item (OPTINFO_ITEM_KIND_TEXT, UNKNOWN_LOCATION,
				    concat ("; ", text, ": ", NULL)));
  free (text);
  pretty_printer pp;
  pp_gimple_stmt_1 (&pp, stmt, 0, TDF_SLIM);
  info->add_item (new optinfo_item (OPTINFO_ITEM_KIND_GIMPLE, loc,
				    xstrdup (pp_formatted_text (&pp))));
}

/* Send the remark TEXT of SITE, of KIND (MSG_OPTIMIZED_LOCATIONS or
   MSG_MISSED_OPTIMIZATION), to GCC's optimization-info machinery, as
   dump_printf_loc (KIND, call, "escape: %s\n", TEXT) does.  When
   -fsave-optimization-record writes records, the record's message
   carries after that text structured items, which only the record gets
   (the dump file and -fopt-info print exactly the text): "object: ",
   the object's name as a tree item located at its declaration (or the
   text "object" when it has no name), "; reason: ", the reason's tag,
   and for a verdict that blames a statement, "; statement: " and that
   statement as a statement item at its location (the line the text
   names), then for each step of the flow (record.cc, the notes of
   remarks=flow) "; flow N: DESCRIPTION: " and the step's statement as a
   statement item at its location.  dump_printf_loc's %T and %G would put the items into the text
   too; here the immediate destinations get the text item alone
   (dump_context::emit_item) and the record an optinfo of all of them
   (dump_context::emit_optinfo), as dump_context does for its own.  */

static void
escape_dump_remark (dump_flags_t kind, const struct escape_site *site,
		    const char *text)
{
  dump_context &ctx = dump_context::get ();
  if (!ctx.optimization_records_enabled_p ())
    {
      dump_printf_loc (kind, site->alloc.call, "escape: %s\n", text);
      return;
    }
  dump_user_location_t user_loc (site->alloc.call);
  ctx.end_any_optinfo ();
  ctx.dump_loc_immediate (kind, user_loc);
  optinfo info (dump_location_t (user_loc),
		kind == MSG_OPTIMIZED_LOCATIONS ? OPTINFO_KIND_SUCCESS
		: OPTINFO_KIND_FAILURE, current_pass);
  optinfo_item *item = new optinfo_item (OPTINFO_ITEM_KIND_TEXT,
					 UNKNOWN_LOCATION,
					 concat ("escape: ", text, "\n", NULL));
  ctx.emit_item (item, kind);
  info.add_item (item);

  tree named;
  location_t where;
  char *name = escape_name_of (site, &named, &where);
  info.add_item (new optinfo_item (OPTINFO_ITEM_KIND_TEXT, UNKNOWN_LOCATION,
				   xstrdup ("object: ")));
  if (name)
    info.add_item (new optinfo_item (OPTINFO_ITEM_KIND_TREE, where, name));
  else
    info.add_item (new optinfo_item (OPTINFO_ITEM_KIND_TEXT,
				     UNKNOWN_LOCATION, xstrdup ("object")));
  info.add_item (new optinfo_item (OPTINFO_ITEM_KIND_TEXT, UNKNOWN_LOCATION,
				   concat ("; reason: ", escape_reason_tag
					   (site->verdict.reason), NULL)));
  if (gimple *stmt = site->verdict.stmt)
    {
      pretty_printer pp;
      pp_gimple_stmt_1 (&pp, stmt, 0, TDF_SLIM);
      info.add_item (new optinfo_item (OPTINFO_ITEM_KIND_TEXT,
				       UNKNOWN_LOCATION,
				       xstrdup ("; statement: ")));
      info.add_item (new optinfo_item (OPTINFO_ITEM_KIND_GIMPLE,
				       escape_user_location (stmt),
				       xstrdup (pp_formatted_text (&pp))));
    }
  /* The flow, as remarks=flow prints it: each step's text, then its
     statement at its location.  */
  escape_for_each_flow_step (site, escape_add_flow_item, &info);
  /* The record; INFO's destructor deletes its items.  */
  ctx.emit_optinfo (&info);
}

/* Report the verdict of SITE in FUN everywhere it was asked for.  */

void
escape_report_site (function *fun, struct escape_site *site)
{
  char *text = escape_sentence (site);
  if (escape_opts.site_ids)
    {
      char *with_id = concat (text, " [site ", escape_site_id (fun, site),
			      "]", NULL);
      free (text);
      text = with_id;
    }
  bool promoted = site->verdict.reason == ESCAPE_PROMOTED;
  location_t loc = gimple_location (site->alloc.call);
  if (loc == UNKNOWN_LOCATION)
    loc = DECL_SOURCE_LOCATION (fun->decl);

  /* A function with the malloc attribute that is no allocator the pass
     knows (fopen, opendir, realpath, a program's own) returns memory it
     could never replace: a remark about it would only be noise.  The
     dump still lists the site.  */
  bool quiet = (site->alloc.kind == ALLOC_CUSTOM
		&& site->verdict.reason == ESCAPE_NOT_YET
		&& !escape_libc_allocator_name_p (site->verdict.name));
  if (dump_enabled_p () && !quiet)
    escape_dump_remark (promoted ? MSG_OPTIMIZED_LOCATIONS
			: MSG_MISSED_OPTIMIZATION, site, text);
  if (escape_opts.remarks && !quiet)
    inform (loc, "escape: %s", text);
  if (escape_bisect_list
      && (promoted || site->verdict.reason == ESCAPE_DESELECTED))
    {
      char *sentence = escape_sentence (site);
      escape_bisect_list_site (fun, site, loc, sentence);
      free (sentence);
    }
  /* The JSON record, and with remarks=flow the notes of the flow after
     a missed remark (record.cc).  */
  if (escape_opts.record_dir || ((escape_opts.remarks > 1) && !promoted))
    escape_record_site (fun, site, text);
  /* -fdump-statistics counts the verdicts, by tag.  GCC keeps the
     counter's name, so it must live as long as the compilation: an
     identifier does.  */
  if (promoted)
    statistics_counter_event (fun, "escape promoted", 1);
  else
    {
      char name[64];
      snprintf (name, sizeof name, "escape declined: %s",
		escape_reason_tag (site->verdict.reason));
      statistics_counter_event (fun, IDENTIFIER_POINTER
				     (get_identifier (name)), 1);
    }
  if (dump_file)
    {
      expanded_location x = expand_location (loc);
      fprintf (dump_file, "Site %d at %s:%d:%d: ", site->alloc.index,
	       x.file ? x.file : "?", x.line, x.column);
      print_gimple_stmt (dump_file, site->alloc.call, 0, TDF_NONE);
      if (dump_flags & TDF_DETAILS)
	escape_dump_graph (site);
      if (promoted)
	fprintf (dump_file, "  promoted: %s\n", text);
      else
	fprintf (dump_file, "  heap (%s): %s\n",
		 escape_reason_tag (site->verdict.reason), text);
      fprintf (dump_file, "  site id: %s\n", escape_site_id (fun, site));
    }
  free (text);
}

/* Start the dump of FUN, which has NSITES allocation sites.  */

void
escape_dump_function_header (function *fun, unsigned nsites)
{
  if (dump_file)
    fprintf (dump_file, "escape: %s: %u allocation site%s\n",
	     escape_decl_name (fun->decl), nsites, nsites == 1 ? "" : "s");
}

/* Return the sentence of SITE's verdict as its remark words it, without
   the "escape: " prefix and the site id, in a string the caller frees
   (the escape_require_stack error of annotate.cc quotes it).  */

char *
escape_site_sentence (const struct escape_site *site)
{
  return escape_sentence (site);
}
