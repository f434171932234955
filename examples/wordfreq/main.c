/* main.c -- count the words of 500 generated lines.  */
#include <stdio.h>
#include "wordfreq.h"

static const char *const words[] = {
  "stack", "heap", "escape", "pointer", "malloc", "free", "frame", "slot"
};

int
main (void)
{
  struct table t = { { 0 }, 0 };
  char line[128];
  char *held = NULL;
  int total = 0;
  for (int i = 0; i < 500; i++)
    {
      snprintf (line, sizeof line, "%s %s %s %d",
		words[i % 8], words[(i / 8) % 8], words[(i * 7) % 8], i);
      total += parse_line (&t, line, i % 5 == 0);
      /* A copy of the line, kept until the next one.  */
      free (held);
      held = copy_word (line, strlen (line));
    }
  free (held);
  printf ("%d words, %d distinct, longest %d\n", total, t.words,
	  table_longest (&t));
  log_flush ();
  table_free (&t);
  return 0;
}
