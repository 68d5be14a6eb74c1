using InvestPromo.Domain.Leads;

namespace InvestPromo.Application.Leads.Commands.AnswerOpinionRequest;

/// <summary>An association answers the center's opinion request in its portal, once (another association's request is a 404).</summary>
public sealed record AnswerOpinionRequestCommand(Guid Id, string Answer, int Version) : ICommand<LeadOpinionDto>;

public sealed class AnswerOpinionRequestValidator : AbstractValidator<AnswerOpinionRequestCommand>
{
    public AnswerOpinionRequestValidator()
    {
        RuleFor(x => x.Answer).NotEmpty().MaximumLength(LeadOpinionRequest.TextMaxLength).MultiLineText();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class AnswerOpinionRequestHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AnswerOpinionRequestCommand, LeadOpinionDto>
{
    public async ValueTask<LeadOpinionDto> Handle(AnswerOpinionRequestCommand command, CancellationToken cancellationToken)
    {
        var associationId = user.AssociationId ?? Guid.Empty;
        var request = await db.LeadOpinionRequests.FirstOrDefaultAsync(r => r.Id == command.Id && r.AssociationId == associationId, cancellationToken)
            ?? throw new NotFoundException(nameof(LeadOpinionRequest), command.Id);
        db.ExpectVersion(request, command.Version);
        request.Give(command.Answer, user.UserId, user.ActorName(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.LeadOpinionRequests.AsNoTracking().Where(r => r.Id == request.Id).ProjectToOpinion(db).FirstAsync(cancellationToken);
    }
}
