using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Application.Objections;

internal static class ObjectionQueries
{
    internal sealed record Row(Objection Objection, int Year, int Number);

    public static IQueryable<Row> Rows(IApplicationDbContext db, IQueryable<Objection> objections) =>
        objections.Join(db.Publications.IgnoreQueryFilters(), o => o.PublicationId, p => p.Id, (o, p) => new Row(o, p.Year, p.Number));

    public static ObjectionDto ToDto(Row row)
    {
        var o = row.Objection;
        return new ObjectionDto(
            o.Id, o.PublicationId, Publication.LabelOf(row.Year, row.Number), o.EntryId, o.FilingId, o.ProjectName, o.ObjectorName, o.Contact, o.Text,
            o.LodgedAt, o.HasEvidence, o.EvidenceFileName, o.EvidenceSizeBytes, o.Status, o.Remedy, o.DecisionReason, o.DecidedAt, o.DecidedByName, o.Version);
    }

    public static async Task<ObjectionDto> GetAsync(IApplicationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var row = await Rows(db, db.Objections.AsNoTracking().Where(o => o.Id == id)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Objection), id);
        return ToDto(row);
    }
}
