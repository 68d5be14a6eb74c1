using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Leads;

/// <summary>
/// The center's question to one association about a lead, and the association's answer (given once, in its portal). Part of the
/// lead's assessment record.
/// </summary>
public sealed class LeadOpinionRequest : AuditableEntity
{
    public const int TextMaxLength = 2000;

    private LeadOpinionRequest()
    {
        Question = string.Empty;
        AskedByName = string.Empty;
    }

    public Guid LeadId { get; private set; }

    public Guid AssociationId { get; private set; }

    public string Question { get; private set; }

    public Guid? AskedById { get; private set; }

    public string AskedByName { get; private set; }

    public DateTimeOffset AskedAt { get; private set; }

    public string? Answer { get; private set; }

    public Guid? AnsweredById { get; private set; }

    public string? AnsweredByName { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    internal static LeadOpinionRequest Ask(Guid leadId, Guid associationId, string question, Guid? by, string byName, DateTimeOffset now)
    {
        var request = new LeadOpinionRequest
        {
            LeadId = leadId,
            AssociationId = associationId,
            Question = Guard.MultiLineText(question, TextMaxLength, "lead.text-invalid", "Question"),
            AskedById = by,
            AskedByName = Guard.Text(byName, Lead.NameMaxLength, "lead.text-invalid", "Actor"),
            AskedAt = now,
        };
        request.Stamp(by, now);
        return request;
    }

    /// <summary>The association answers; only once.</summary>
    public void Give(string answer, Guid? by, string byName, DateTimeOffset now)
    {
        if (IsAnswered)
        {
            throw DomainRuleException.Conflict("lead.opinion-answered", "This opinion request has already been answered.");
        }

        Answer = Guard.MultiLineText(answer, TextMaxLength, "lead.text-invalid", "Answer");
        AnsweredById = by;
        AnsweredByName = Guard.Text(byName, Lead.NameMaxLength, "lead.text-invalid", "Actor");
        AnsweredAt = now;
    }
}
