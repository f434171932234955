/* options.cc -- the -fplugin-arg-escape-* options.

   Owns the table of options, their defaults, parsing with clear errors
   for unknown keys and malformed values, and the text printed by
   -fplugin-arg-escape-help.  Nothing here knows about GIMPLE.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* The defaults.  A main thread has 8 MiB of stack on GNU/Linux, but
   threads may have far less (musl: 128 KiB; some pools: 64 KiB; the
   minimum, PTHREAD_STACK_MIN, is 16 KiB), and the frames of a call
   chain add up.  So one object may take at most 2 KiB and one frame at
   most 4 KiB more than it did; a function that may be part of a
   recursion gets nothing, since its frames pile up without bound and a
   deep recursion that fitted before could overflow.  Along any call
   chain of the unit, promotion adds at most 16 KiB (a quarter of a
   64 KiB thread stack): without that bound, 24 functions of 4 KiB each
   called in a chain would add 96 KiB.  */
#define ESCAPE_DEFAULT_MAX_OBJECT 2048
#define ESCAPE_DEFAULT_MAX_FRAME 4096
#define ESCAPE_DEFAULT_MAX_RECURSIVE 0
#define ESCAPE_DEFAULT_MAX_ALIGN 4096
#define ESCAPE_DEFAULT_MAX_CHAIN 16384
/* A variable-size allocation gets a slot this large, used when the size
   fits at run time; larger requests still call the allocator.  */
#define ESCAPE_DEFAULT_MAX_GUARDED 1024

/* The hard ceiling for any size option: 64 MiB.  */
#define ESCAPE_SIZE_CEILING ((unsigned HOST_WIDE_INT) 64 << 20)

struct escape_options escape_opts = {
  false, false, 0,
  ESCAPE_DEFAULT_MAX_OBJECT, ESCAPE_DEFAULT_MAX_FRAME,
  ESCAPE_DEFAULT_MAX_RECURSIVE, ESCAPE_DEFAULT_MAX_ALIGN,
  ESCAPE_DEFAULT_MAX_GUARDED, true, ESCAPE_DEFAULT_MAX_CHAIN, false
};

/* How an option takes its value.  */
enum escape_opt_value
{
  OPT_VALUE_NONE,		/* A flag: no value allowed.  */
  OPT_VALUE_SIZE,		/* A size in bytes, with optional k or M.  */
  OPT_VALUE_DUMP,		/* Nothing, or "details".  */
  OPT_VALUE_IDS,			/* Site ids, comma-separated.  */
  OPT_VALUE_REMARKS,		/* Nothing, or "flow".  */
  OPT_VALUE_DIR			/* A directory.  */
};

/* One row of the option table.  */
struct escape_opt_desc
{
  const char *key;
  enum escape_opt_value value;
  const char *help;
};

static const struct escape_opt_desc escape_opt_table[] = {
  { "help", OPT_VALUE_NONE,
    "print this list of options on stderr (compilation goes on)" },
  { "disable", OPT_VALUE_NONE,
    "load the plugin but promote nothing and report nothing" },
  { "remarks", OPT_VALUE_REMARKS,
    "emit a note: for every allocation site (promoted, or why not); "
    "remarks=flow adds notes of the flow from the allocation to the "
    "statement responsible after each site kept on the heap" },
  { "record", OPT_VALUE_DIR,
    "write one JSON record of every allocation site of the unit into "
    "the existing directory DIR (for escape-report)" },
  { "dump", OPT_VALUE_DUMP,
    "write the pass dump <file>.NNNt.escape; dump=details adds the "
    "analysis trace (-fdump-tree-escape cannot work for plugins)" },
  { "max-object-size", OPT_VALUE_SIZE,
    "largest object promoted, in bytes (suffix k or M allowed)" },
  { "max-frame-size", OPT_VALUE_SIZE,
    "bytes of promoted objects allowed in one function" },
  { "max-recursive-frame-size", OPT_VALUE_SIZE,
    "the same budget for functions that may be recursive" },
  { "max-chain-size", OPT_VALUE_SIZE,
    "bytes of promoted objects allowed along any call chain of the unit" },
  { "max-align", OPT_VALUE_SIZE,
    "largest alignment (aligned_alloc, memalign) honoured on the stack" },
  { "max-guarded-size", OPT_VALUE_SIZE,
    "stack slot for a variable-size allocation, used when the size "
    "fits at run time (0: keep variable sizes on the heap)" },
  { "no-canary", OPT_VALUE_NONE,
    "do not add a stack canary to functions holding promoted objects "
    "(by default they get one even without -fstack-protector)" },
  { "strict-libc", OPT_VALUE_NONE,
    "do not trust stdio output and printf %s to keep no pointer (glibc's "
    "fopencookie streams and register_printf_specifier could)" },
  { "site-ids", OPT_VALUE_NONE,
    "end each remark and dump line of a site with its id, [site ID]" },
  { "skip", OPT_VALUE_IDS,
    "keep the sites of these ids on the heap (bisecting)" },
  { "only", OPT_VALUE_IDS,
    "promote no site but those of these ids (bisecting)" },
};

/* Print the option table with each option's default to FILE.  */

void
escape_print_help (FILE *file)
{
  fprintf (file, "escape: options (pass them as -fplugin-arg-escape-KEY"
	   "[=VALUE]):\n");
  for (size_t i = 0; i < ARRAY_SIZE (escape_opt_table); i++)
    {
      const struct escape_opt_desc *d = &escape_opt_table[i];
      const char *arg = (d->value == OPT_VALUE_SIZE ? "=BYTES"
			 : d->value == OPT_VALUE_DUMP ? "[=details]"
			 : d->value == OPT_VALUE_IDS ? "=ID[,ID...]"
			 : d->value == OPT_VALUE_REMARKS ? "[=flow]"
			 : d->value == OPT_VALUE_DIR ? "=DIR" : "");
      char key[64];
      snprintf (key, sizeof key, "%s%s", d->key, arg);
      fprintf (file, "  %-32s %s", key, d->help);
      if (strcmp (d->key, "max-object-size") == 0)
	fprintf (file, " (default %d)", ESCAPE_DEFAULT_MAX_OBJECT);
      else if (strcmp (d->key, "max-frame-size") == 0)
	fprintf (file, " (default %d)", ESCAPE_DEFAULT_MAX_FRAME);
      else if (strcmp (d->key, "max-recursive-frame-size") == 0)
	fprintf (file, " (default %d)", ESCAPE_DEFAULT_MAX_RECURSIVE);
      else if (strcmp (d->key, "max-chain-size") == 0)
	fprintf (file, " (default %d)", ESCAPE_DEFAULT_MAX_CHAIN);
      else if (strcmp (d->key, "max-align") == 0)
	fprintf (file, " (default %d)", ESCAPE_DEFAULT_MAX_ALIGN);
      else if (strcmp (d->key, "max-guarded-size") == 0)
	fprintf (file, " (default %d)", ESCAPE_DEFAULT_MAX_GUARDED);
      else if (d->value != OPT_VALUE_SIZE)
	fprintf (file, " (default off)");
      fputc ('\n', file);
    }
}

/* Parse the size VALUE of option KEY into *OUT.  Accept a decimal number
   of bytes with an optional k (KiB) or M (MiB) suffix, up to the
   ceiling.  Return false after reporting an error otherwise.  */

static bool
escape_parse_size (const char *key, const char *value,
		   unsigned HOST_WIDE_INT *out)
{
  if (value == NULL || *value == '\0')
    {
      error ("%<-fplugin-arg-escape-%s%> needs a value in bytes, "
	     "for example %<-fplugin-arg-escape-%s=4096%>", key, key);
      return false;
    }
  unsigned HOST_WIDE_INT n = 0;
  const char *p = value;
  if (!ISDIGIT (*p))
    goto bad;
  for (; ISDIGIT (*p); p++)
    {
      n = n * 10 + (*p - '0');
      if (n > ESCAPE_SIZE_CEILING)
	goto big;
    }
  if (*p == 'k' || *p == 'K')
    n <<= 10, p++;
  else if (*p == 'M')
    n <<= 20, p++;
  if (*p != '\0')
    goto bad;
  if (n > ESCAPE_SIZE_CEILING)
    goto big;
  *out = n;
  return true;

 bad:
  error ("%<-fplugin-arg-escape-%s=%s%>: %qs is not a size in bytes "
	 "(use digits with an optional k or M suffix); see "
	 "%<-fplugin-arg-escape-help%>", key, value, value);
  return false;
 big:
  error ("%<-fplugin-arg-escape-%s=%s%>: the value exceeds the limit of "
	 "%wu bytes", key, value, ESCAPE_SIZE_CEILING);
  return false;
}

/* Check the site ids VALUE of option KEY (skip, only): ids of 16 hex
   digits, as -fplugin-arg-escape-site-ids prints them, separated by
   commas.  Return false after reporting an error otherwise.  */

static bool
escape_check_ids (const char *key, const char *value)
{
  if (value != NULL && *value != '\0')
    {
      const char *p = value;
      for (;;)
	{
	  int n = 0;
	  while (ISXDIGIT (p[n]))
	    n++;
	  if (n != 16 || (p[n] != ',' && p[n] != '\0'))
	    break;
	  if (p[n] == '\0')
	    return true;
	  p += n + 1;
	}
    }
  error ("%<-fplugin-arg-escape-%s=%s%>: the value must be site ids of "
	 "16 hex digits separated by commas, as "
	 "%<-fplugin-arg-escape-site-ids%> prints them",
	 key, value ? value : "");
  return false;
}

/* Apply one parsed option KEY=VALUE of descriptor D.  Return false after
   reporting an error.  */

static bool
escape_apply_option (const struct escape_opt_desc *d, const char *value)
{
  const char *key = d->key;
  if (d->value == OPT_VALUE_NONE && value != NULL)
    {
      error ("%<-fplugin-arg-escape-%s%> takes no value (got %qs); see "
	     "%<-fplugin-arg-escape-help%>", key, value);
      return false;
    }
  if (strcmp (key, "help") == 0)
    escape_print_help (stderr);
  else if (strcmp (key, "disable") == 0)
    escape_opts.disable = true;
  else if (strcmp (key, "remarks") == 0)
    {
      escape_opts.remarks = true;
      if (value != NULL && strcmp (value, "flow") == 0)
	escape_opts.remarks_flow = true;
      else if (value != NULL)
	{
	  error ("%<-fplugin-arg-escape-remarks=%s%>: the only value "
		 "allowed is %<flow%>; see %<-fplugin-arg-escape-help%>",
		 value);
	  return false;
	}
    }
  else if (strcmp (key, "record") == 0)
    {
      if (!escape_record_dir_ok (value))
	return false;
      escape_opts.record_dir = value;
    }
  else if (strcmp (key, "no-canary") == 0)
    escape_opts.canary = false;
  else if (strcmp (key, "strict-libc") == 0)
    escape_opts.strict_libc = true;
  else if (strcmp (key, "site-ids") == 0)
    escape_opts.site_ids = true;
  else if (strcmp (key, "skip") == 0 || strcmp (key, "only") == 0)
    {
      if (!escape_check_ids (key, value))
	return false;
      if (strcmp (key, "skip") == 0)
	escape_opts.skip_ids = value;
      else
	escape_opts.only_ids = value;
    }
  else if (strcmp (key, "dump") == 0)
    {
      if (value == NULL)
	escape_opts.dump_level = 1;
      else if (strcmp (value, "details") == 0)
	escape_opts.dump_level = 2;
      else
	{
	  error ("%<-fplugin-arg-escape-dump=%s%>: the only value allowed "
		 "is %<details%>; see %<-fplugin-arg-escape-help%>", value);
	  return false;
	}
    }
  else if (strcmp (key, "max-object-size") == 0)
    return escape_parse_size (key, value, &escape_opts.max_object_size);
  else if (strcmp (key, "max-frame-size") == 0)
    return escape_parse_size (key, value, &escape_opts.max_frame_size);
  else if (strcmp (key, "max-recursive-frame-size") == 0)
    return escape_parse_size (key, value,
			      &escape_opts.max_recursive_frame_size);
  else if (strcmp (key, "max-guarded-size") == 0)
    return escape_parse_size (key, value, &escape_opts.max_guarded_size);
  else if (strcmp (key, "max-chain-size") == 0)
    return escape_parse_size (key, value, &escape_opts.max_chain_size);
  else if (strcmp (key, "max-align") == 0)
    {
      if (!escape_parse_size (key, value, &escape_opts.max_align))
	return false;
      if (!pow2p_hwi (escape_opts.max_align) || escape_opts.max_align < 16)
	{
	  error ("%<-fplugin-arg-escape-max-align=%s%>: the value must be "
		 "a power of two of at least 16", value);
	  return false;
	}
    }
  return true;
}

/* Parse the plugin arguments of INFO into escape_opts.  Report every
   unknown key or malformed value as an error; return false if there was
   any, in which case the plugin must not register its pass.  */

bool
escape_parse_arguments (struct plugin_name_args *info)
{
  bool ok = true;
  for (int i = 0; i < info->argc; i++)
    {
      const char *key = info->argv[i].key;
      const char *value = info->argv[i].value;
      const struct escape_opt_desc *d = NULL;
      for (size_t j = 0; j < ARRAY_SIZE (escape_opt_table); j++)
	if (strcmp (key, escape_opt_table[j].key) == 0)
	  d = &escape_opt_table[j];
      if (d == NULL)
	{
	  error ("unknown option %<-fplugin-arg-escape-%s%>; "
		 "%<-fplugin-arg-escape-help%> lists the options", key);
	  ok = false;
	  continue;
	}
      if (!escape_apply_option (d, value))
	ok = false;
    }
  return ok;
}
