namespace InvestPromo.Application.Audit.Queries.ListAuditedEntityTypes;

/// <summary>The entity types the audit trail records, the values the audit list's <c>entityType</c> filter takes.</summary>
public sealed record ListAuditedEntityTypesQuery : IQuery<IReadOnlyList<string>>;

public sealed class ListAuditedEntityTypesHandler : IQueryHandler<ListAuditedEntityTypesQuery, IReadOnlyList<string>>
{
    public ValueTask<IReadOnlyList<string>> Handle(ListAuditedEntityTypesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AuditedEntities.Types);
}
