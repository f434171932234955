/* parse.c -- splitting a line into words.  */
#include <ctype.h>
#include <stdio.h>
#include "wordfreq.h"

/* Add the words of LINE to T; return how many there were.  With
   VERBOSE, tell the logger.  */
int
parse_line (struct table *t, const char *line, int verbose)
{
  /* Scratch copy, lower-cased: freed here, promoted.  */
  char *lower = malloc (128);
  if (!lower)
    return 0;
  size_t len = strlen (line);
  if (len > 127)
    len = 127;
  for (size_t i = 0; i < len; i++)
    lower[i] = (char) tolower ((unsigned char) line[i]);
  lower[len] = '\0';

  /* A work area larger than max-object-size (2048 bytes).  */
  int *starts = malloc (4096 * sizeof (int));
  if (!starts)
    abort ();
  int nwords = 0;
  for (size_t i = 0; i < len; i++)
    if (isalpha ((unsigned char) lower[i])
	&& (i == 0 || !isalpha ((unsigned char) lower[i - 1])))
      starts[nwords++] = (int) i;
  for (int k = 0; k < nwords; k++)
    {
      size_t n = 0;
      while (isalpha ((unsigned char) lower[starts[k] + n]))
	n++;
      table_add (t, lower + starts[k], n);
    }
  free (starts);

  /* A message for the logger, which keeps it.  */
  if (verbose)
    {
      char *msg = malloc (160);
      if (!msg)
	abort ();
      snprintf (msg, 160, "%d words: %s", nwords, lower);
      log_msg (msg);
    }
  free (lower);
  return nwords;
}
