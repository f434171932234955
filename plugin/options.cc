/* options.cc -- the -fplugin-arg-escape-* options.

   Owns the option table made from include/escape-options.def (each
   option's key, value, default and help, in one row), parsing with
   clear errors for unknown keys and malformed values, and the text
   printed by -fplugin-arg-escape-help; the files of site ids of
   skip=@FILE and only=@FILE and the environment variables of
   escape-bisect (ESCAPE_BISECT_ONLY, ESCAPE_BISECT_LIST).  Nothing here
   knows about GIMPLE.

   Copyright (C) 2026 The escape authors.
   This file is part of escape and is distributed under the terms of the
   GNU General Public License, version 3 or later.  */

#include "escape.h"

/* The hard ceiling for any size option: 64 MiB.  */
#define ESCAPE_SIZE_CEILING ((unsigned HOST_WIDE_INT) 64 << 20)

/* The settings, each at its default (escape-options.def).  */
struct escape_options escape_opts = {
#define DEF_ESCAPE_ACTION(KEY, HELP, DOC)
#define DEF_ESCAPE_FLAG(KEY, FIELD, VALUE, HELP, DOC) !(VALUE),
#define DEF_ESCAPE_LEVEL(KEY, FIELD, WORD, HELP, DOC) 0,
#define DEF_ESCAPE_SIZE(KEY, FIELD, DEFAULT, MIN_POW2, HELP, DOC) DEFAULT,
#define DEF_ESCAPE_STRING(KEY, FIELD, METAVAR, CHECK, HELP, DOC) NULL,
#include "escape-options.def"
#undef DEF_ESCAPE_ACTION
#undef DEF_ESCAPE_FLAG
#undef DEF_ESCAPE_LEVEL
#undef DEF_ESCAPE_SIZE
#undef DEF_ESCAPE_STRING
};

/* How an option takes its value.  */
enum escape_opt_value
{
  OPT_VALUE_NONE,		/* A flag or an action: no value allowed.  */
  OPT_VALUE_SIZE,		/* A size in bytes, with optional k or M.  */
  OPT_VALUE_LEVEL,		/* Nothing, or the row's word.  */
  OPT_VALUE_STRING		/* A string the row's function checks.  */
};

/* One row of the option table.  */
struct escape_opt_desc
{
  const char *key;
  enum escape_opt_value value;
  const char *help;
  bool *flag;			/* The flag set, or NULL.  */
  bool flag_value;		/* What the option sets it to.  */
  int *level;			/* The level set, or NULL.  */
  const char *word;		/* The word of level 2, or the metavariable
				   of a string.  */
  const char **string;		/* The string set, or NULL.  */
  bool (*check) (const char *, const char *); /* Checks a string.  */
  unsigned HOST_WIDE_INT *size;	/* The size set, or NULL.  */
  unsigned HOST_WIDE_INT size_default;
  unsigned HOST_WIDE_INT min_pow2; /* Non-zero: the size must be a power
				   of two of at least this.  */
};

static const struct escape_opt_desc escape_opt_table[] = {
#define DEF_ESCAPE_ACTION(KEY, HELP, DOC) \
  { KEY, OPT_VALUE_NONE, HELP, NULL, false, NULL, NULL, NULL, NULL, NULL, \
    0, 0 },
#define DEF_ESCAPE_FLAG(KEY, FIELD, VALUE, HELP, DOC) \
  { KEY, OPT_VALUE_NONE, HELP, &escape_opts.FIELD, VALUE, NULL, NULL, NULL, \
    NULL, NULL, 0, 0 },
#define DEF_ESCAPE_LEVEL(KEY, FIELD, WORD, HELP, DOC) \
  { KEY, OPT_VALUE_LEVEL, HELP, NULL, false, &escape_opts.FIELD, WORD, \
    NULL, NULL, NULL, 0, 0 },
#define DEF_ESCAPE_SIZE(KEY, FIELD, DEFAULT, MIN_POW2, HELP, DOC) \
  { KEY, OPT_VALUE_SIZE, HELP, NULL, false, NULL, NULL, NULL, NULL, \
    &escape_opts.FIELD, DEFAULT, MIN_POW2 },
#define DEF_ESCAPE_STRING(KEY, FIELD, METAVAR, CHECK, HELP, DOC) \
  { KEY, OPT_VALUE_STRING, HELP, NULL, false, NULL, METAVAR, \
    &escape_opts.FIELD, CHECK, NULL, 0, 0 },
#include "escape-options.def"
#undef DEF_ESCAPE_ACTION
#undef DEF_ESCAPE_FLAG
#undef DEF_ESCAPE_LEVEL
#undef DEF_ESCAPE_SIZE
#undef DEF_ESCAPE_STRING
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
      char key[64];
      if (d->value == OPT_VALUE_SIZE)
	snprintf (key, sizeof key, "%s=BYTES", d->key);
      else if (d->value == OPT_VALUE_LEVEL)
	snprintf (key, sizeof key, "%s[=%s]", d->key, d->word);
      else if (d->value == OPT_VALUE_STRING)
	snprintf (key, sizeof key, "%s=%s", d->key, d->word);
      else
	snprintf (key, sizeof key, "%s", d->key);
      fprintf (file, "  %-32s %s", key, d->help);
      if (d->value == OPT_VALUE_SIZE)
	fprintf (file, " (default " HOST_WIDE_INT_PRINT_UNSIGNED ")",
		 d->size_default);
      else
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
   digits (escape_site_id, record.cc), separated by commas, or @FILE,
   whose ids escape_apply_option reads.  Return false after reporting an
   error otherwise.  */

bool
escape_check_ids (const char *key, const char *value)
{
  if (value != NULL && value[0] == '@' && value[1] != '\0')
    return true;
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
	 "%<-fplugin-arg-escape-site-ids%> prints them, or @FILE",
	 key, value ? value : "");
  return false;
}

/* The site ids of ESCAPE_BISECT_ONLY's file, separated by commas, or
   NULL when the variable is not set (escape_site_deselected_p).  */
const char *escape_bisect_only;

/* The file named by ESCAPE_BISECT_LIST, or NULL (report.cc appends a
   line to it for each site promoted or deselected).  */
const char *escape_bisect_list;

/* Open FILE, which WHAT names, for reading, without ever blocking: it
   must be a regular file (a FIFO would make the compile wait for a
   writer, a directory or a device is no list of ids).  Return the
   stream, or NULL after reporting an error naming WHAT.  */

static FILE *
escape_open_id_file (const char *what, const char *file)
{
  /* O_NONBLOCK: opening a FIFO does not wait for a writer; a regular
     file is read as without it.  */
  int fd = open (file, O_RDONLY | O_NONBLOCK);
  if (fd < 0)
    {
      error ("%qs: cannot read %qs: %m", what, file);
      return NULL;
    }
  struct stat st;
  if (fstat (fd, &st) != 0)
    {
      error ("%qs: cannot read %qs: %m", what, file);
      close (fd);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      error ("%qs: %qs is not a regular file (a file of site ids, one a "
	     "line)", what, file);
      close (fd);
      return NULL;
    }
  FILE *f = fdopen (fd, "r");
  if (f == NULL)
    {
      error ("%qs: cannot read %qs: %m", what, file);
      close (fd);
    }
  return f;
}

/* Read the site ids of FILE, which WHAT (an option or an environment
   variable, as the user wrote it) names: one a line, the first word of
   the line (the rest, as in the lines ESCAPE_BISECT_LIST writes, is
   ignored), blank lines and lines starting with '#' skipped.  A line
   may be of any length; a NUL byte in it is an error naming the file
   and line (no id file has one, and it would cut the line short).
   Return the ids separated by commas (the empty string for none), or
   NULL after reporting an error naming WHAT.  */

static const char *
escape_read_id_file (const char *what, const char *file)
{
  FILE *f = escape_open_id_file (what, file);
  if (f == NULL)
    return NULL;
  auto_vec<char> ids;
  auto_vec<char> line;
  unsigned lineno = 0;
  bool ok = true;
  for (int c = getc (f); ok && c != EOF; c = getc (f))
    {
      /* One whole line into LINE, without its newline.  */
      lineno++;
      line.truncate (0);
      bool nul = false;
      for (; c != EOF && c != '\n'; c = getc (f))
	{
	  if (c == '\0')
	    nul = true;
	  line.safe_push (c);
	}
      line.safe_push ('\0');
      if (nul)
	{
	  error ("%qs: %s:%u: the line has a NUL byte (not a file of site "
		 "ids, one a line)", what, file, lineno);
	  ok = false;
	  break;
	}
      const char *p = line.address ();
      while (*p == ' ' || *p == '\t')
	p++;
      if (*p == '#' || *p == '\r' || *p == '\0')
	continue;
      int n = 0;
      while (ISXDIGIT (p[n]))
	n++;
      if (n != 16 || !(p[n] == '\0' || ISSPACE (p[n])))
	{
	  char *word = xstrndup (p, strcspn (p, " \t\r\n"));
	  error ("%qs: %s:%u: %qs is not a site id (16 hex digits, as "
		 "%<-fplugin-arg-escape-site-ids%> prints them)", what,
		 file, lineno, word);
	  free (word);
	  ok = false;
	  break;
	}
      if (!ids.is_empty ())
	ids.safe_push (',');
      for (int i = 0; i < n; i++)
	ids.safe_push (p[i]);
    }
  if (ok && ferror (f))
    {
      error ("%qs: cannot read %qs: %m", what, file);
      ok = false;
    }
  fclose (f);
  if (!ok)
    return NULL;
  ids.safe_push ('\0');
  return xstrdup (ids.address ());
}

/* Whether ST is the status of /dev/null.  */

static bool
escape_dev_null_p (const struct stat *st)
{
  struct stat null_st;
  return (S_ISCHR (st->st_mode)
	  && stat ("/dev/null", &null_st) == 0
	  && st->st_dev == null_st.st_dev && st->st_ino == null_st.st_ino);
}

/* Check that LIST, the file of ESCAPE_BISECT_LIST, can be appended to
   without ever blocking: a regular file, one that does not exist yet
   (it is created) or /dev/null; not a FIFO (a write would wait for a
   reader), a directory or another device.  Return false after
   reporting an error naming the variable.  */

static bool
escape_check_list_file (const char *list)
{
  struct stat st;
  if (stat (list, &st) == 0 && !S_ISREG (st.st_mode)
      && !escape_dev_null_p (&st))
    {
      error ("%qs: %qs is not a regular file (nor %qs)",
	     "ESCAPE_BISECT_LIST", list, "/dev/null");
      return false;
    }
  /* O_NONBLOCK: should LIST become a FIFO since, the open fails rather
     than wait for a reader.  */
  int fd = open (list, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK, 0666);
  if (fd < 0)
    {
      error ("%qs: cannot append to %qs: %m", "ESCAPE_BISECT_LIST", list);
      return false;
    }
  bool ok = fstat (fd, &st) == 0
	    && (S_ISREG (st.st_mode) || escape_dev_null_p (&st));
  close (fd);
  if (!ok)
    error ("%qs: %qs is not a regular file (nor %qs)",
	   "ESCAPE_BISECT_LIST", list, "/dev/null");
  return ok;
}

/* Read the environment variables of escape-bisect: ESCAPE_BISECT_ONLY
   (a file of the only site ids to promote) and ESCAPE_BISECT_LIST (a
   file to append the sites promoted to).  They reach every compile of a
   build without its makefiles knowing, as GCC_COMPARE_DEBUG does.
   Return false after reporting an error naming the variable.  */

static bool
escape_read_bisect_environment (void)
{
  bool ok = true;
  const char *only = getenv ("ESCAPE_BISECT_ONLY");
  if (only != NULL && *only != '\0')
    {
      escape_bisect_only = escape_read_id_file ("ESCAPE_BISECT_ONLY", only);
      ok = escape_bisect_only != NULL;
    }
  const char *list = getenv ("ESCAPE_BISECT_LIST");
  if (list != NULL && *list != '\0')
    {
      if (escape_check_list_file (list))
	escape_bisect_list = list;
      else
	ok = false;
    }
  return ok;
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
  if (d->flag)
    *d->flag = d->flag_value;
  else if (d->level)
    {
      if (value == NULL)
	*d->level = 1;
      else if (strcmp (value, d->word) == 0)
	*d->level = 2;
      else
	{
	  error ("%<-fplugin-arg-escape-%s=%s%>: the only value allowed "
		 "is %qs; see %<-fplugin-arg-escape-help%>", key,
		 value, d->word);
	  return false;
	}
    }
  else if (d->string)
    {
      if (!d->check (key, value))
	return false;
      *d->string = value;
      /* skip=@FILE, only=@FILE: the ids of the file.  */
      if (d->check == escape_check_ids && value[0] == '@')
	{
	  char *what = concat ("-fplugin-arg-escape-", key, "=", value,
			       NULL);
	  *d->string = escape_read_id_file (what, value + 1);
	  free (what);
	  if (*d->string == NULL)
	    return false;
	}
    }
  else if (d->size)
    {
      if (!escape_parse_size (key, value, d->size))
	return false;
      if (d->min_pow2
	  && (!pow2p_hwi (*d->size) || *d->size < d->min_pow2))
	{
	  error ("%<-fplugin-arg-escape-%s=%s%>: the value must be "
		 "a power of two of at least %wu", key, value, d->min_pow2);
	  return false;
	}
    }
  else
    /* The one action: help.  */
    escape_print_help (stderr);
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
  if (!escape_read_bisect_environment ())
    ok = false;
  return ok;
}
