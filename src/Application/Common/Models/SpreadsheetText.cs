namespace InvestPromo.Application.Common.Models;

/// <summary>
/// Formula injection (CSV/spreadsheet injection): a text cell that begins with =, +, -, @, a tab or a carriage return may be taken
/// for a formula by a spreadsheet. Every text the API writes into a workbook goes through <see cref="Neutralise"/> (a leading
/// apostrophe: the cell shows it and never runs it), and every text cell it reads through <see cref="Restore"/>, so a value
/// exported and imported again is the value it was. Numbers stay number cells: -5 is a number, never a formula.
/// </summary>
public static class SpreadsheetText
{
    public const char Quote = '\'';

    /// <summary>
    /// The characters a spreadsheet may read as the start of a formula, and a line feed: XML reads a written carriage return
    /// back as one, so a neutralised CR must be recognised as such when it is read.
    /// </summary>
    public static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    /// <summary>
    /// True when the text needs the apostrophe: it begins with a trigger, or with apostrophes before one (so "'=x", which a reader
    /// would take for a neutralised "=x", is written "''=x" and read back as "'=x").
    /// </summary>
    public static bool NeedsQuote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && text[i] == Quote)
        {
            i++;
        }

        return i < text.Length && IsTrigger(text[i]);
    }

    /// <summary>The text as a cell holds it: with a leading apostrophe when <see cref="NeedsQuote"/>.</summary>
    public static string Neutralise(string text) => NeedsQuote(text) ? Quote + text : text;

    /// <summary>A cell's text as it was before <see cref="Neutralise"/>: one leading apostrophe removed when what follows needed it.</summary>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 1 && text[0] == Quote && NeedsQuote(text[1..]) ? text[1..] : text;
    }
}
