using System.Globalization;
using InvestPromo.Domain.Changes;

namespace InvestPromo.Application.Changes.Queries.ListChanges;

/// <summary>One change: <paramref name="Resource"/> <paramref name="Id"/> changed (<paramref name="Kind"/>) to <paramref name="Version"/>.</summary>
public sealed record ChangeFeedEntryDto(string Cursor, string Resource, Guid Id, ChangeKind Kind, int Version, DateTimeOffset ChangedAt, string? Status);

/// <summary>
/// A page of the feed. <paramref name="NextCursor"/> is the last entry's cursor, or the <c>after</c> sent when the page is
/// empty ("0" from the start), so a client polls with it forever; <paramref name="HasMore"/>: more entries follow right now.
/// </summary>
public sealed record ChangeFeedPage(IReadOnlyList<ChangeFeedEntryDto> Entries, string NextCursor, bool HasMore);

/// <summary>The entries after <paramref name="After"/> (an earlier page's cursor; none = from the start) that the caller may see, in commit order.</summary>
public sealed record ListChangesQuery(string? After = null, int Limit = ListChangesQuery.DefaultLimit) : IQuery<ChangeFeedPage>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}

public sealed class ListChangesValidator : AbstractValidator<ListChangesQuery>
{
    public ListChangesValidator() => RuleFor(x => x.Limit).InclusiveBetween(1, ListChangesQuery.MaxLimit);
}

public sealed class ListChangesHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListChangesQuery, ChangeFeedPage>
{
    public async ValueTask<ChangeFeedPage> Handle(ListChangesQuery query, CancellationToken cancellationToken)
    {
        var after = ChangeFeedCursor.Parse(query.After);
        var rows = await db.ChangeFeedEntries.AsNoTracking()
            .VisibleTo(user)
            .Where(e => e.Sequence > after)
            .OrderBy(e => e.Sequence)
            .Take(query.Limit + 1)
            .Select(e => new { e.Sequence, e.Resource, e.EntityId, e.Kind, e.Version, e.ChangedAt, e.Status })
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > query.Limit;
        var entries = rows.Take(query.Limit)
            .Select(e => new ChangeFeedEntryDto(ChangeFeedCursor.Format(e.Sequence), e.Resource, e.EntityId, e.Kind, e.Version, e.ChangedAt, e.Status))
            .ToList();
        return new ChangeFeedPage(entries, entries.Count > 0 ? entries[^1].Cursor : ChangeFeedCursor.Format(after), hasMore);
    }
}

/// <summary>
/// The feed's cursor on the wire: the entry's sequence in decimal. Integrators treat it as opaque; anything that is not one
/// (letters, a sign, over 19 digits, a timestamp) is a 400 <c>changes.cursor-invalid</c>.
/// </summary>
public static class ChangeFeedCursor
{
    public const int MaxLength = 19;

    public static string Format(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    public static long Parse(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        if (cursor.Length is 0 or > MaxLength || !cursor.All(char.IsAsciiDigit)
            || !long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            throw new BadRequestException("changes.cursor-invalid", "after", "The change cursor is not valid.");
        }

        return sequence;
    }
}
