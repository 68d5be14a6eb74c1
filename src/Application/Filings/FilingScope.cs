using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings;

/// <summary>
/// A filer sees only its own unit's filings (another unit's is a 404). Reviewers, admins, leaders and keys see every
/// unit's filings once submitted: a draft is the unit's own work in progress and answers 404 to everyone else.
/// </summary>
public static class FilingScope
{
    private static readonly CompiledQuery<Func<DbContext, Guid, Guid, CancellationToken, Task<Filing?>>> OwnUnitsFilingWithHistory = new(() => EF.CompileAsyncQuery(
        (DbContext c, Guid id, Guid unitId, CancellationToken ct) => c.Set<Filing>().Include(f => f.History).FirstOrDefault(f => f.UnitId == unitId && f.Id == id)));

    private static readonly CompiledQuery<Func<DbContext, Guid, CancellationToken, Task<Filing?>>> SubmittedFilingWithHistory = new(() => EF.CompileAsyncQuery(
        (DbContext c, Guid id, CancellationToken ct) => c.Set<Filing>().Include(f => f.History).FirstOrDefault(f => f.Status != FilingStatus.Draft && f.Id == id)));

    public static IQueryable<Filing> VisibleTo(this IQueryable<Filing> filings, ICurrentUser user)
    {
        if (user.IsInRole(Roles.Filer))
        {
            var own = user.UnitId ?? Guid.Empty;
            return filings.Where(f => f.UnitId == own);
        }

        return filings.Where(f => f.Status != FilingStatus.Draft);
    }

    /// <summary>Whether the caller may read a filing of this unit in this state: <see cref="VisibleTo"/> for one filing in memory.</summary>
    public static bool MaySee(this ICurrentUser user, Guid unitId, FilingStatus status)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Filer) ? unitId == (user.UnitId ?? Guid.Empty) : status != FilingStatus.Draft;
    }

    /// <summary>
    /// The filing a command is about to change: only one the caller may see (else 404), with its history, at the version
    /// the client read (else 409). Every filing command goes through here.
    /// </summary>
    public static async Task<Filing> LoadForChangeAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, int version, CancellationToken ct)
    {
        // Compiled queries (the same filters as VisibleTo): every filing command, submissions above all, runs this.
        var unitId = user.UnitId ?? Guid.Empty;
        var filing = (user.IsInRole(Roles.Filer)
                ? await db.Run(OwnUnitsFilingWithHistory, (query, context) => query(context, id, unitId, ct))
                : await db.Run(SubmittedFilingWithHistory, (query, context) => query(context, id, ct)))
            ?? throw new NotFoundException(nameof(Filing), id);
        db.ExpectVersion(filing, version);
        return filing;
    }

    /// <summary>Who acts, for the filing's history.</summary>
    public static FilingActor Actor(this ICurrentUser user) => new(user.UserId, user.Name ?? "system");
}
